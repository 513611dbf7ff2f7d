// Formats money given in minor units with its ISO 4217 currency, using the currency's own decimals.
function formatMoney(money) {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency: money.currency }).resolvedOptions().maximumFractionDigits;
  return new Intl.NumberFormat(undefined, { style: 'currency', currency: money.currency })
    .format(money.amount / Math.pow(10, digits));
}

function formatVolume(cubicCentimeters) {
  return cubicCentimeters >= 1000 ? (cubicCentimeters / 1000).toLocaleString() + ' L' : cubicCentimeters + ' cm³';
}

async function problemText(response) {
  try {
    const problem = await response.json();
    return problem.detail || problem.title || ('HTTP ' + response.status);
  } catch (e) {
    return 'HTTP ' + response.status;
  }
}
