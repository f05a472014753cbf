// Checks of the services DevRate leans on: rule builders and property stores.
import { show, type SelfTestCheck } from './check';

export const builderReuse: SelfTestCheck = {
  id: 'builder-reuse',
  assumption:
    'One rule builder makes several rules: each require…/when… replaces the last condition and build() takes a copy, so rules built earlier keep theirs.',
  run({ sheet }) {
    const dv = SpreadsheetApp.newDataValidation().setAllowInvalid(false);
    const list = dv.requireValueInList(['a', 'b'], true).setHelpText('list').build();
    const between = dv.requireNumberBetween(1, 5).setHelpText('between').build();
    const cf = SpreadsheetApp.newConditionalFormatRule().setRanges([sheet.getRange('A1:A3')]);
    const low = cf.whenNumberLessThan(2).setBackground('#ff0000').build();
    const high = cf.whenNumberGreaterThan(5).setBackground('#00ff00').build();
    const condition = (rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule) => {
      const c = rule.getBooleanCondition();
      return c ? `${String(c.getCriteriaType())} ${String(c.getBackground()).toLowerCase()}` : 'none';
    };
    const got = [
      `${String(list.getCriteriaType())} ${list.getHelpText()}`,
      `${String(between.getCriteriaType())} ${between.getHelpText()} allowInvalid=${between.getAllowInvalid()}`,
      condition(low),
      condition(high),
    ];
    const expected = [
      'VALUE_IN_LIST list',
      'NUMBER_BETWEEN between allowInvalid=false',
      'NUMBER_LESS_THAN #ff0000',
      'NUMBER_GREATER_THAN #00ff00',
    ];
    return { observed: `The four rules read ${show(got)}.`, pass: got.join() === expected.join() };
  },
};

export const propertiesScope: SelfTestCheck = {
  id: 'properties-scope',
  assumption:
    'User, document and script properties are three separate stores (a draft kept in user properties is not seen through the others). Sharing across documents and people needs a second file or account: see the emulator README.',
  run({ stamp, setProperty }) {
    const user = PropertiesService.getUserProperties();
    const doc = PropertiesService.getDocumentProperties();
    const script = PropertiesService.getScriptProperties();
    const userKey = `devrate_selftest_user_${stamp}`;
    const docKey = `devrate_selftest_doc_${stamp}`;
    setProperty(user, userKey, 'user');
    setProperty(doc, docKey, 'document');
    const seen = {
      'user key via document': doc.getProperty(userKey),
      'user key via script': script.getProperty(userKey),
      'document key via user': user.getProperty(docKey),
      'document key via script': script.getProperty(docKey),
    };
    const leaks = Object.entries(seen)
      .filter(([, v]) => v !== null)
      .map(([k]) => k);
    const ownBack = user.getProperty(userKey) === 'user' && doc.getProperty(docKey) === 'document';
    return {
      observed: `Each store read its own key back: ${ownBack ? 'yes' : 'no'}; seen through another store: ${leaks.length ? leaks.join(', ') : 'none'}.`,
      pass: ownBack && leaks.length === 0,
    };
  },
};
