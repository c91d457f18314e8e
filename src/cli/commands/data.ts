/** `fineline data report`: coverage of the curated data and its verification, plus review flags. */
import type { Command } from 'commander';
import { PATHS } from '../../config.js';
import { loadBundle } from '../../data/bundle.js';
import { checkEpisode, checkOverlaps, type Finding } from '../../domain/consistency.js';
import type { Row } from '../../store/database.js';
import { dataReport } from '../../store/report.js';
import type { CommandContext } from '../context.js';
import { reading } from '../database.js';
import { dbOption, jsonOption } from '../flags.js';

export function registerData(program: Command, context: CommandContext): void {
  const data = program.command('data').description('about the curated data');
  data
    .command('report')
    .description(
      'coverage by decade, issue and US involvement level; share of facts verified; review flags',
    )
    .addOption(dbOption())
    .option('--data <dir>', 'bundled data directory (for the codebook review flags)', PATHS.dataDir)
    .addOption(jsonOption('the report'))
    .action(async (options: { db?: string; data: string; json?: boolean }) => {
      const report = await reading(context, options.db, dataReport);
      const bundle = await loadBundle(options.data);
      const episodes = bundle.episodes.map((e) => e.value);
      const today = new Date().toISOString().slice(0, 10);
      const warnings: Finding[] = [
        ...episodes.flatMap((e) => checkEpisode(e)).filter((f) => f.severity === 'warning'),
        ...checkOverlaps(episodes, today),
      ];
      const { output } = context;
      if (options.json === true) {
        output.json({ ...report, reviewFlags: warnings });
        return;
      }
      const section = (title: string, rows: Row[]) => {
        output.line(`\n${title}`);
        const names = Object.keys(rows[0] ?? {});
        output.table(
          rows,
          names.map((name) => ({ header: name, value: (row: Row) => show(row[name]) })),
        );
      };
      section('Totals', [report.totals]);
      section('Episodes by decade and US involvement level', report.episodesByDecade);
      section('Episodes by primary issue and US involvement level', report.episodesByIssue);
      section('Episodes by US involvement level', report.episodesByLevel);
      section('Episode fields verified against a cited source', report.verification.episodeFields);
      output.line(
        `\nUS-involvement codings justified by a cited, verified source: ${percent(report.verification.usInvolvementJustifiedBySource)}`,
      );
      output.line(`Chronology events verified: ${percent(report.verification.chronology)}`);
      section('Context series', report.verification.context);
      section('Chronology by decade', report.chronologyByDecade);
      section('Episodes by decade and kind (codebook §2.1)', report.disputesByDecade);
      section('US acts by decade (§3.2)', report.usActsByDecade);
      section('Executive US acts by level', report.usActsByLevel);
      section('Instrument histories (§4.1)', report.instruments);
      section('Instruments at stake, and at the start (derived)', report.instrumentsAtStart);
      section('US commitment series (§8)', report.commitment);
      section('Crises and pressure beyond launches (§12)', report.crises);
      section('Poll series and their breaks (§13)', report.pollSeries);
      section(
        `Review flags (codebook warning rules): ${warnings.length}`,
        warnings.map((w) => ({
          rule: w.rule,
          record: w.record,
          field: w.field,
          message: w.message,
        })),
      );
    });
}

function show(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'number' || typeof value === 'string' ? value : JSON.stringify(value);
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}
