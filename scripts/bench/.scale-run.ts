import { trackerScale } from './tracker-scale';
const { rows } = trackerScale('/work/wt/19-debrief/dist');
for (const r of rows) console.log(r.measure, '|', r.value, '|', r.ratio?.toFixed(2) ?? '', r.goal ?? '', r.met ?? '');
