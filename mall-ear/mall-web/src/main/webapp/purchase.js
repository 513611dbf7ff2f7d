// The purchase page: shows the status as it changes (polling), and sends the buyer to the designated credit or
// shipping company with the mall's signed instructions (a form post the mall answers with a redirect).
const purchaseId = new URLSearchParams(location.search).get('purchaseId');
const base = 'api/purchases/' + encodeURIComponent(purchaseId || '');
let companiesLoaded = false;

function show(id, visible) { document.getElementById(id).hidden = !visible; }

async function fillCompanies(kind, selectId) {
  const response = await fetch('api/' + kind, { headers: { 'Accept': 'application/json' } });
  const select = document.getElementById(selectId);
  select.replaceChildren();
  for (const company of (response.ok ? await response.json() : [])) {
    const option = document.createElement('option');
    option.value = company.id;
    option.textContent = company.name;
    select.appendChild(option);
  }
}

function render(p) {
  show('summary', true);
  const status = document.getElementById('status');
  status.textContent = p.status.replaceAll('_', ' ').toLowerCase();
  status.className = 'status ' + p.status;
  document.getElementById('sum').textContent = formatMoney(p.paymentSum);
  document.getElementById('volume').textContent = formatVolume(p.shippingVolume.cubicCentimeters)
    + ' (' + (p.shippingVolume.weightGrams / 1000).toLocaleString() + ' kg)';
  document.getElementById('items').textContent = p.itemCount;
  document.getElementById('purchase-id').textContent = p.purchaseId;
  show('decline-row', p.status === 'PAYMENT_DECLINED');
  document.getElementById('decline').textContent = (p.declineReason || '').replaceAll('_', ' ').toLowerCase()
    + ' — you may pay again, with another card or company';
  show('shipping-row', !!p.shippingId);
  document.getElementById('shipping-id').textContent = p.shippingId || '';
  show('pay', p.status === 'AWAITING_PAYMENT' || p.status === 'PAYMENT_DECLINED');
  show('ship', p.status === 'PAID');
}

async function refresh() {
  const response = await fetch(base, { headers: { 'Accept': 'application/json' } });
  if (!response.ok) {
    const error = document.getElementById('error');
    error.textContent = 'This purchase cannot be shown: ' + await problemText(response);
    error.hidden = false;
    return;
  }
  render(await response.json());
}

async function start() {
  if (!purchaseId) {
    const error = document.getElementById('error');
    error.textContent = 'No purchase identifier in this address.';
    error.hidden = false;
    return;
  }
  document.getElementById('pay').action = base + '/payment-instructions';
  document.getElementById('ship').action = base + '/shipping-instructions';
  await Promise.all([fillCompanies('credit-companies', 'credit-company'), fillCompanies('shipping-companies', 'shipping-company')]);
  await refresh();
  setInterval(refresh, 2000);
}

start();
