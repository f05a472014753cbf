// SpreadsheetApp (the container spreadsheet only) and ScriptApp.

import type { RangeArg, SheetArg } from './host-types';
import { ChartPosition, ChartType } from './chart';
import { BooleanCriteria, ConditionalFormatRuleBuilderFacade } from './conditional-format';
import type { EmulatorContext } from './context';
import { enumOf } from './criteria';
import { DataValidationBuilderFacade, DataValidationCriteria } from './data-validation';
import { DeveloperMetadataLocationType, DeveloperMetadataVisibility } from './developer-metadata';
import { ProtectionType } from './protection';
import { FilterCriteriaBuilderFacade } from './filter';
import { CopyPasteType } from './range-transfer';
import { RangeFacade, toRangeRef } from './range';
import { SheetFacade } from './sheet';
import { SpreadsheetFacade } from './spreadsheet';
import { UiFacade } from './ui';

export class SpreadsheetAppFacade {
  static readonly apiName = 'SpreadsheetApp';
  readonly ProtectionType = ProtectionType;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly BooleanCriteria = BooleanCriteria;
  readonly InterpolationType = enumOf(['NUMBER', 'PERCENT', 'PERCENTILE', 'MIN', 'MAX'] as const);
  readonly WrapStrategy = enumOf(['WRAP', 'OVERFLOW', 'CLIP'] as const);
  readonly Dimension = enumOf(['COLUMNS', 'ROWS'] as const);
  readonly Direction = enumOf(['UP', 'DOWN', 'PREVIOUS', 'NEXT'] as const);
  readonly BorderStyle = enumOf(['DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE'] as const);
  readonly SheetType = enumOf(['GRID', 'OBJECT', 'DATASOURCE'] as const);
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  readonly DeveloperMetadataLocationType = DeveloperMetadataLocationType;
  readonly CopyPasteType = CopyPasteType;
  readonly #ctx: EmulatorContext;

  constructor(ctx: EmulatorContext) {
    this.#ctx = ctx;
  }

  getActive(): SpreadsheetFacade {
    return new SpreadsheetFacade(this.#ctx);
  }
  getActiveSpreadsheet(): SpreadsheetFacade {
    return new SpreadsheetFacade(this.#ctx);
  }
  getActiveSheet(): SheetFacade {
    return new SheetFacade(this.#ctx, this.#ctx.workbook.activeSheetId);
  }
  getActiveRange(): RangeFacade | null {
    return this.getActiveSheet().getActiveRange();
  }
  getCurrentCell(): RangeFacade | null {
    const range = this.getActiveRange();
    return range && range.getCell(1, 1);
  }
  setActiveSheet(sheet: SheetArg, _restoreSelection?: boolean): SheetFacade {
    return new SheetFacade(this.#ctx, SheetFacade.idOf(sheet)).activate();
  }
  setActiveRange(range: RangeArg): RangeFacade {
    const ref = toRangeRef(range);
    return new RangeFacade(this.#ctx, ref.sheetId, ref).activate();
  }
  getUi(): UiFacade {
    return new UiFacade(this.#ctx);
  }
  /** Writes are applied immediately; formulas recompute on the next read. */
  flush(): void {}
  newFilterCriteria(): FilterCriteriaBuilderFacade {
    return new FilterCriteriaBuilderFacade();
  }
  newDataValidation(): DataValidationBuilderFacade {
    return new DataValidationBuilderFacade(this.#ctx);
  }
  newConditionalFormatRule(): ConditionalFormatRuleBuilderFacade {
    return new ConditionalFormatRuleBuilderFacade(this.#ctx);
  }
  openById(id: string): SpreadsheetFacade {
    if (String(id) !== this.#ctx.workbook.id)
      throw new Error('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
    return new SpreadsheetFacade(this.#ctx);
  }
}

export const AuthMode = enumOf(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'] as const);

export class ScriptAppFacade {
  static readonly apiName = 'ScriptApp';
  readonly AuthMode = AuthMode;
  readonly AuthorizationStatus = enumOf(['REQUIRED', 'NOT_REQUIRED'] as const);

  getScriptId(): string {
    return 'emulated-script-id';
  }
  getOAuthToken(): string {
    return 'emulated-oauth-token';
  }
  getProjectTriggers(): unknown[] {
    return [];
  }
}

/** The Charts service's enums (used by EmbeddedChartBuilder.setChartType). */
export class ChartsFacade {
  static readonly apiName = 'Charts';
  readonly ChartType = ChartType;
  readonly Position = ChartPosition;
}
