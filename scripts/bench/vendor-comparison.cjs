// The trivial jscodeshift transform `npm run bench` times: find `<x> === 'proctortrack'` comparisons, change nothing.
module.exports = function vendorComparison(file, api) {
  const j = api.jscodeshift;
  j(file.source)
    .find(j.BinaryExpression, { right: { value: 'proctortrack' } })
    .forEach(() => {});
  return undefined;
};
