/** The HTML report of summary rows. */
export { renderReport, type ReportOptions } from './page.js';
export { chartSvg, regionColors } from './chart.js';
