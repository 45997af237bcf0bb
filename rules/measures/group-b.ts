// Clauses 15–22.
import type { MeasureDef } from "../core/measure";
import c15Startup from "./c15-startup-landing";
import c16SmeProject from "./c16-sme-capability-project";
import c16Contest from "./c16-innovation-contest";
import c17Growth from "./c17-hte-growth";
import c17Agency from "./c17-hte-cultivation-agency";
import c18Project from "./c18-consortium-project";
import c18Filing from "./c18-consortium-filing";
import c19Agency from "./c19-talent-service-agency";
import c21Branch from "./c21-foreign-expert-branch";
import c21Studio from "./c21-foreign-expert-studio";
import c22Top from "./c22-top-science-award";
import c22National from "./c22-national-sci-tech-award";
import c22Provincial from "./c22-provincial-sci-tech-award";

export const groupB = [
  c15Startup, c16SmeProject, c16Contest, c17Growth, c17Agency, c18Project, c18Filing,
  c19Agency, c21Branch, c21Studio, c22Top, c22National, c22Provincial,
] as unknown as MeasureDef[];
