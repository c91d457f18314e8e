/** `fineline model`: the fitted involvement model's coefficients, with intervals. */
import type { Command } from 'commander';
import { fitInvolvementModel } from '../../models/involvement/model.js';
import { summariseModel } from '../../models/involvement/summary.js';
import { loadModelInputs } from '../../store/model-inputs.js';
import type { CommandContext } from '../context.js';
import { reading } from '../database.js';
import { dbOption, jsonOption } from '../flags.js';

export function registerModel(program: Command, context: CommandContext): void {
  program
    .command('model')
    .description('fit the US-involvement model to all episodes and show its coefficients')
    .addOption(dbOption())
    .addOption(jsonOption('the model'))
    .action(async (options: { db?: string; json?: boolean }) => {
      const inputs = await reading(context, options.db, loadModelInputs);
      const summary = summariseModel(fitInvolvementModel(inputs).model);
      if (options.json === true) {
        context.output.json(summary);
        return;
      }
      context.output.line(`${summary.description}; ${summary.n} episodes`);
      context.output.table(summary.coefficients, [
        { header: 'covariate', value: (c) => c.label },
        { header: 'estimate', value: (c) => c.estimate.toFixed(2) },
        { header: 'se', value: (c) => c.se.toFixed(2) },
        {
          header: '90% interval',
          value: (c) => `${c.interval[0].toFixed(2)} to ${c.interval[1].toFixed(2)}`,
        },
        { header: 'odds ratio', value: (c) => c.oddsRatio.toFixed(2) },
      ]);
      context.output.line(
        `thresholds: ${summary.thresholds.map((t) => `${t.between} ${t.estimate.toFixed(2)}`).join(', ')}; log-likelihood ${summary.logLik.toFixed(2)}${summary.converged ? '' : ' (did not converge)'}`,
      );
    });
}
