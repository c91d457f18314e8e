/** `fineline evaluate`: out-of-sample scores of the involvement model beside its baselines. */
import type { Command } from 'commander';
import { BASELINE_NAMES, type Evaluation } from '../../models/involvement/evaluation.js';
import { evaluateInvolvementModel } from '../../models/involvement/model.js';
import { RISK_MODEL } from '../../models/involvement/specification.js';
import { loadModelInputs } from '../../store/model-inputs.js';
import type { CommandContext } from '../context.js';
import { reading } from '../database.js';
import { dbOption, jsonOption } from '../flags.js';

export function registerEvaluate(program: Command, context: CommandContext): void {
  program
    .command('evaluate')
    .description(
      'score the US-involvement model out of sample (leave-one-episode-out and rolling origin) against climatology, issue-only and uniform baselines',
    )
    .addOption(dbOption())
    .addOption(jsonOption('the full evaluation'))
    .action(async (options: { db?: string; json?: boolean }) => {
      const report = evaluateInvolvementModel(await reading(context, options.db, loadModelInputs));
      const { leaveOneOut: loo, rollingOrigin } = report;
      if (options.json === true) {
        context.output.json({
          n: loo.n,
          scheme: loo.scheme,
          specification: RISK_MODEL,
          model: loo.model,
          baselines: loo.baselines,
          skill: loo.skill,
          calibration: loo.calibration,
          rollingOrigin: {
            n: rollingOrigin.n,
            model: rollingOrigin.model,
            baselines: rollingOrigin.baselines,
            skill: rollingOrigin.skill,
            calibration: rollingOrigin.calibration,
            cases: rollingOrigin.cases,
          },
          ablation: report.ablation,
          cases: loo.cases,
        });
        return;
      }
      for (const evaluation of [loo, rollingOrigin]) printEvaluation(context, evaluation);
      context.output.line('What the risk covariates add to issue type (leave-one-out RPS):');
      context.output.table(report.ablation, [
        { header: 'specification', value: (r) => r.name },
        { header: 'RPS', value: (r) => r.rps.toFixed(3) },
        { header: 'skill vs issue-only', value: (r) => r.skillVsIssueOnly.toFixed(3) },
      ]);
    });
}

function printEvaluation(context: CommandContext, evaluation: Evaluation): void {
  context.output.line(
    `${evaluation.scheme}, ${evaluation.n} episodes (lower is better except accuracy):`,
  );
  const rows = [
    { name: 'model', s: evaluation.model },
    ...BASELINE_NAMES.map((name) => ({ name, s: evaluation.baselines[name] })),
  ];
  context.output.table(rows, [
    { header: 'forecaster', value: (r) => r.name },
    { header: 'RPS', value: (r) => r.s.rps.toFixed(3) },
    { header: 'Brier', value: (r) => r.s.brier.toFixed(3) },
    { header: 'log score', value: (r) => r.s.logScore.toFixed(3) },
    { header: 'accuracy', value: (r) => r.s.accuracy.toFixed(2) },
    { header: 'within one', value: (r) => r.s.withinOne.toFixed(2) },
  ]);
  for (const name of BASELINE_NAMES) {
    const skill = evaluation.skill[name];
    context.output.line(
      `  RPS skill vs ${name}: ${skill.rps.toFixed(3)} (90% bootstrap interval ${skill.interval[0].toFixed(3)} to ${skill.interval[1].toFixed(3)})`,
    );
  }
  context.output.line('');
}
