// The whole API contract of the burden module (prefix /api/v1/burden), re-exported from the files
// that hold it, so the web imports from one place.
//
//   GET  /demands                      demandListQuery -> demandListSchema
//   POST /demands                      createDemandBody -> demandDetailSchema
//   GET  /demands/export               text/csv (burdenCsvColumns + burdenCsvComputedColumns)
//   POST /demands/import?mode=         text/csv body -> burdenImportResultSchema (administrators)
//   GET  /demands/{id}                 demandDetailSchema
//   PUT  /demands/{id}                 updateDemandBody -> demandDetailSchema (409 on a stale version)
//   POST /demands/{id}/remove          removeDemandBody -> demandDetailSchema
//   PUT  /demands/{id}/assessment      assessmentBody -> assessmentResponse (performers only)
//   GET  /to-assess                    toAssessSchema
//   GET  /rounds                       roundListQuery -> roundListSchema
//   POST /rounds                       createRoundBody -> roundReportSchema
//   GET  /rounds/{id}                  roundReportSchema
//   POST /rounds/{id}/close            roundReportSchema
//   POST /rounds/{id}/proposals        proposalBody -> proposalResponse
//   POST /proposals/{id}/decision      decisionBody -> proposalResponse
//   GET  /overview                     overviewQuery -> overviewSchema
//   GET  /settings, PUT /settings      burdenSettingsSchema / burdenSettingsBody
export * from './vocabulary.js';
export * from './demands.js';
export * from './rounds.js';
export * from './overview.js';
export * from './csv-format.js';
export { costOf, occurrencesPerYear, annualHours, fullTimeEquivalents, moneyOf, median, mean } from './cost.js';
