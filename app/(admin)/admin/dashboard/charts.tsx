"use client";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

// The dashboard's charts. They repeat figures that the tables beside them give in full, so they
// are hidden from assistive technology (the tables are the accessible version).

export interface BudgetBar {
  label: string;
  committed: number;
  paid: number;
  budget: number;
}

export interface StatusBar {
  label: string;
  cases: number;
}

const wan = (v: number) => `${v.toLocaleString("zh-CN", { maximumFractionDigits: 1 })}`;

export function BudgetChart({ data, labels }: { data: BudgetBar[]; labels: { committed: string; paid: string; budget: string; unit: string } }) {
  const height = Math.max(220, data.length * 44 + 60);
  return (
    <div aria-hidden className="w-full" style={{ height }} data-testid="budget-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }} barGap={1}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tickFormatter={wan} tick={{ fontSize: 11 }} unit="" />
          <YAxis type="category" dataKey="label" width={112} tick={{ fontSize: 11 }} interval={0} />
          <Tooltip formatter={(v) => `${wan(Number(v))} ${labels.unit}`} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="budget" name={labels.budget} fill="#cbd5e1" isAnimationActive={false} />
          <Bar dataKey="committed" name={labels.committed} fill="#0b5cad" isAnimationActive={false} />
          <Bar dataKey="paid" name={labels.paid} fill="#16a34a" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export function StatusChart({ data }: { data: StatusBar[] }) {
  return (
    <div aria-hidden className="h-64 w-full" data-testid="status-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 4, left: -12 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={0} angle={-35} textAnchor="end" height={56} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
          <Tooltip />
          <Bar dataKey="cases" isAnimationActive={false} fill="#0b5cad" />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
