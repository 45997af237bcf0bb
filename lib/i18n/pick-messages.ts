// The part of a message catalogue that some client components need: top-level namespaces
// ("signIn") or nested ones ("policy.calc"), each copied whole at its place in the tree.
type Messages = { [key: string]: string | Messages };

export function pickMessages(all: Messages, namespaces: readonly string[]): Messages {
  const out: Messages = {};
  for (const ns of namespaces) {
    const keys = ns.split(".");
    let from: Messages | string | undefined = all;
    let to = out;
    keys.forEach((k, i) => {
      from = typeof from === "object" ? from[k] : undefined;
      if (from === undefined) throw new Error(`no messages at "${ns}"`);
      if (i === keys.length - 1) to[k] = from;
      else to = (typeof to[k] === "object" ? to[k] : (to[k] = {})) as Messages;
    });
  }
  return out;
}
