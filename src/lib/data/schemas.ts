import { z } from 'astro/zod';
import { Localized } from '../core/types.ts';
import { LANG } from '../../site/languages.ts';

/** An address the archive publishes as a link: http(s) only (never javascript:, data:, file:). */
export const HttpUrl = z.string().refine((v) => { try { return /^https?:$/.test(new URL(v).protocol); } catch { return false; } },
  { message: 'an address must be a full http:// or https:// URL' });

/*
 * Schemas of the curated datasets in content/data/. Every record names the passage it comes from
 * (`source`); the build resolves that passage to a numbered paragraph and checks that every number
 * the record shows occurs in it (see numbers.ts and datasets.ts).
 */

/** Where a record comes from: a paper's short id and the first and last source line of the passage. */
export const SourceRef = z.object({
  /** Short id of the paper, "000".."004" (see content/sources/papers.yaml). */
  paper: z.string().regex(/^[0-9a-z]+$/),
  /** First and last line of the passage in the source text file, 1-based, inclusive. */
  lines: z.tuple([z.number().int().positive(), z.number().int().positive()])
    .refine(([a, b]) => a <= b, { message: 'source lines must be [first, last] with first <= last' }),
}).strict();
export type SourceRef = z.infer<typeof SourceRef>;

/** What every dataset file begins with. */
const Head = {
  /** Dataset version, cited with every figure; bump it when values change. */
  version: z.string().regex(/^\d+(\.\d+)*$/).default('1.0'),
  /** Title of the dataset (and of its figure) in each interface language. */
  title: Localized,
  /** What the data are and where they come from, in each interface language. */
  description: Localized,
};

/** A flag that an editor raised on a record: what is odd about it, in each interface language. */
export const Flag = z.object({
  /** Kind of problem, e.g. "label-url-mismatch". */
  kind: z.string().min(1),
  note: Localized,
}).strict();

const DatePart = z.string().regex(/^-?\d{4}(-\d{2}(-\d{2})?)?$/, 'a date is YYYY, YYYY-MM or YYYY-MM-DD (a leading minus for years BCE)');

/**
 * A date as the source gives it. `precision` says how to read it: a day, a month or a year; a
 * `range` between two such dates; a `century` or an `era` whose start and end are editorial
 * bounds (shown with their `label`, never as exact years).
 */
export const EventDate = z.object({
  start: DatePart,
  /** Last day, month or year of a range, century or era (inclusive). */
  end: DatePart.optional(),
  precision: z.enum(['day', 'month', 'year', 'range', 'century', 'era']),
  /** How the source words an imprecise date ("mid-fifteenth century"); shown instead of the bounds. */
  label: Localized.optional(),
}).strict().superRefine((d, ctx) => {
  const need = { day: 10, month: 7, year: 4 } as const;
  if (d.precision in need) {
    const len = need[d.precision as keyof typeof need];
    if (d.start.replace(/^-/, '').length !== len) ctx.addIssue({ code: 'custom', path: ['start'], message: `a ${d.precision} date must have the form ${['YYYY', 'YYYY-MM', 'YYYY-MM-DD'][[4, 7, 10].indexOf(len)]}` });
    if (d.end !== undefined) ctx.addIssue({ code: 'custom', path: ['end'], message: `a ${d.precision} has no end; use precision: range` });
  } else if (d.end === undefined) {
    ctx.addIssue({ code: 'custom', path: ['end'], message: `a ${d.precision} needs an end date` });
  } else if (d.end.localeCompare(d.start, LANG.en, { numeric: true }) < 0 && !d.start.startsWith('-')) {
    ctx.addIssue({ code: 'custom', path: ['end'], message: 'the end comes before the start' });
  }
  if ((d.precision === 'century' || d.precision === 'era') && !d.label) {
    ctx.addIssue({ code: 'custom', path: ['label'], message: `a ${d.precision} needs a label saying how the source words it` });
  }
});
export type EventDate = z.infer<typeof EventDate>;

/** Timeline lanes; each has its colour and its name in the interface strings (charts.theme.*). */
export const Theme = z.enum(['steppe', 'independence', 'foreign', 'digital', 'egov', 'elections']);
export type Theme = z.infer<typeof Theme>;

/** Another reading the sources give for the same event: a different date or a different figure. */
export const Alternative = z.object({
  date: EventDate.optional(),
  /** A differing figure, when the conflict is about a value rather than a date. */
  value: Localized.optional(),
  source: SourceRef,
}).strict().refine((a) => a.date || a.value, { message: 'an alternative gives a date or a value' });

export const TimelineEvent = z.object({
  /** Stable identifier (lower-case, hyphens); used in downloads and anchors. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  theme: Theme,
  date: EventDate,
  /** Short name of the event, shown in the chart and the list. */
  label: Localized,
  /** One or two sentences in the editors' words. */
  description: Localized,
  source: SourceRef,
  /** The sources disagree: both readings are kept and shown side by side. */
  conflict: z.object({ note: Localized, alternatives: z.array(Alternative).min(1) }).strict().optional(),
}).strict();
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const Timeline = z.object({
  /** Must match the file name (timelines/{id}.yaml) and becomes /data/timelines/{id}.csv. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  ...Head,
  events: z.array(TimelineEvent).min(1),
}).strict();
export type Timeline = z.infer<typeof Timeline>;

export const Embassy = z.object({
  /** Row number in the source table (exempt from the number check). */
  rank: z.number().int().positive(),
  label: Localized,
  /** The place the table's row names, for chart axes ("Republic of Korea", "Bangkok"). */
  short: Localized,
  /** ISO 3166 code of the country where the point is drawn. */
  country: z.string().regex(/^[A-Z]{2}$/),
  city: Localized,
  /** Coordinates of the city (editorial, exempt from the number check). */
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  /** Facebook subscribers as printed in the table. */
  subscribers: z.number().int().nonnegative(),
  /** The page address as printed (rejoined across line breaks). */
  url: HttpUrl,
  flag: Flag.nullable().default(null),
  source: SourceRef,
}).strict();
export type Embassy = z.infer<typeof Embassy>;

export const Embassies = z.object({
  ...Head,
  source: SourceRef,
  rows: z.array(Embassy).min(1),
}).strict();
export type Embassies = z.infer<typeof Embassies>;

const Network = z.enum(['Facebook', 'Instagram']);
/** "3-4": a range as printed. */
const CountRange = z.string().regex(/^\d+(-\d+)?$/);

export const AkimatRow = z.object({
  region: Localized,
  network: Network,
  avgLikes: z.number().nonnegative(),
  maxLikes: z.number().nonnegative(),
  avgComments: CountRange,
  maxComments: z.number().nonnegative(),
  source: SourceRef,
}).strict();
export type AkimatRow = z.infer<typeof AkimatRow>;

export const Akimats = z.object({
  ...Head,
  source: SourceRef,
  /** The rows of the published table. */
  rows: z.array(AkimatRow).min(1),
  /** The same measures as the article's text states them, where they differ from the table. */
  text_version: z.array(AkimatRow).default([]),
  conflict: z.object({ note: Localized }).strict().optional(),
  /** The article's Figure 1, whose image is lost; only the values its text repeats. */
  figure1: z.object({
    caption: Localized,
    note: Localized,
    source: SourceRef,
    values: z.array(z.object({
      region: Localized,
      network: Network,
      subscribers: z.number().int().nonnegative(),
      source: SourceRef,
      /** A later passage that states the same value again. */
      restated: z.object({ source: SourceRef }).strict().optional(),
    }).strict()),
  }).strict().optional(),
}).strict();
export type Akimats = z.infer<typeof Akimats>;

export const SocialFigure = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  value: z.number().nonnegative(),
  unit: z.enum(['million', 'thousand', 'percent']),
  label: Localized,
  source: SourceRef,
}).strict();
export type SocialFigure = z.infer<typeof SocialFigure>;

export const SocialStats = z.object({
  ...Head,
  datasets: z.array(z.object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    date: EventDate,
    label: Localized,
    source: SourceRef,
    figures: z.array(SocialFigure).min(1),
  }).strict()).min(1),
}).strict();
export type SocialStats = z.infer<typeof SocialStats>;

export const Candidates = z.object({
  ...Head,
  source: SourceRef,
  date: EventDate,
  candidates: z.array(z.object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: Localized,
    note: Localized,
    facebook: z.number().int().nonnegative(),
    myspace: z.number().int().nonnegative(),
    source: SourceRef,
  }).strict()).min(1),
}).strict();
export type Candidates = z.infer<typeof Candidates>;
