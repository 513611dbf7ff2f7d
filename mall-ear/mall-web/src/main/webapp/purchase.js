// The purchase page: shows the status, the shipping fee and the payment as they change (polling), sends the buyer to
// the credit company with the mall's signed instructions once both companies are chosen (a form post the mall answers
// with a redirect; choosing the shipping company prices the shipping), then, once paid, to the shipping company the
// fee was paid for; and cancels the purchase while it has not shipped.
const purchaseId = new URLSearchParams(location.search).get('purchaseId');
const base = 'api/purchases/' + encodeURIComponent(purchaseId || '');
const shippingNames = {};
// Until the buyer picks a shipping company, the one the purchase is priced for is preselected.
let shippingPicked = false;

// The statuses from which the mall accepts a cancellation (PurchaseStatus: before a shipping company took the parcel).
const CANCELLABLE = ['AWAITING_PAYMENT', 'PAYMENT_DECLINED', 'PAID'];
const PAYMENT_STATES = {
  AUTHORIZED: 'held on your card', CAPTURED: 'taken from your card', PARTIALLY_REFUNDED: 'partly refunded',
  REFUNDED: 'refunded', VOIDED: 'released, nothing was taken', EXPIRED: 'released, the hold expired'
};

function show(id, visible) { document.getElementById(id).hidden = !visible; }

function words(constant) { return constant.replaceAll('_', ' ').toLowerCase(); }

// While the payment is held, the card holds the goods and the shipping fee together; afterwards the credit company
// pays the fee to the shipping company on its claim, which the mall does not hear of: the page speaks of the goods.
function heldText(payment, fee) {
  if (payment.state !== 'AUTHORIZED' || !fee) {
    return formatMoney(payment.authorized);
  }
  const total = { amount: payment.authorized.amount + fee.amount, currency: payment.authorized.currency };
  return formatMoney(total) + ' (goods ' + formatMoney(payment.authorized) + ', shipping ' + formatMoney(fee) + ')';
}

function renderPayment(payment, fee) {
  show('payment-row', !!payment);
  const list = document.getElementById('requests');
  list.replaceChildren();
  show('requests', !!payment && payment.requests.length > 0);
  if (!payment) {
    return;
  }
  let text = heldText(payment, fee) + ' ' + (PAYMENT_STATES[payment.state] || words(payment.state));
  if (payment.refunded.amount > 0) {
    text += ' — ' + formatMoney(payment.refunded) + ' of ' + formatMoney(payment.captured) + ' refunded';
  }
  document.getElementById('payment').textContent = text;
  for (const request of payment.requests) {
    const item = document.createElement('li');
    item.textContent = words(request.action) + ' of ' + formatMoney(request.amount) + ': ' + words(request.status)
      + (request.refusal ? ' (' + words(request.refusal) + ')' : '');
    list.appendChild(item);
  }
}

async function fillCompanies(kind, selectId, names) {
  const response = await fetch('api/' + kind, { headers: { 'Accept': 'application/json' } });
  const select = document.getElementById(selectId);
  select.replaceChildren();
  for (const company of (response.ok ? await response.json() : [])) {
    const option = document.createElement('option');
    option.value = company.id;
    option.textContent = company.name;
    select.appendChild(option);
    if (names) {
      names[company.id] = company.name;
    }
  }
}

function renderShipping(p) {
  const priced = !!p.shippingFee;
  const name = shippingNames[p.shippingCompany] || p.shippingCompany || '';
  show('fee-row', priced);
  show('total-row', priced);
  document.getElementById('fee').textContent = priced ? formatMoney(p.shippingFee) + ' (' + name + ')' : '';
  document.getElementById('total').textContent = priced ? formatMoney(p.total) : '';
  document.getElementById('ship-company').value = p.shippingCompany || '';
  document.getElementById('ship-company-name').textContent = name;
  if (!shippingPicked && p.shippingCompany) {
    document.getElementById('shipping-company').value = p.shippingCompany;
  }
}

function render(p) {
  show('summary', true);
  const status = document.getElementById('status');
  status.textContent = words(p.status);
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
  renderShipping(p);
  renderPayment(p.payment, p.shippingFee);
  show('pay', p.status === 'AWAITING_PAYMENT' || p.status === 'PAYMENT_DECLINED');
  show('ship', p.status === 'PAID' && !!p.shippingFee && !!p.payment
    && ['AUTHORIZED', 'CAPTURED'].includes(p.payment.state));
  show('cancel', CANCELLABLE.includes(p.status));
}

async function cancel(event) {
  event.preventDefault();
  if (!confirm('Cancel this purchase? This cannot be undone.')) {
    return;
  }
  const response = await fetch(base + '/cancellation', { method: 'POST', headers: { 'Accept': 'application/json' } });
  const error = document.getElementById('error');
  if (!response.ok) {
    error.textContent = 'The purchase was not cancelled: ' + await problemText(response);
    error.hidden = false;
    return;
  }
  error.hidden = true;
  render(await response.json());
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
  document.getElementById('cancel').addEventListener('submit', cancel);
  document.getElementById('shipping-company').addEventListener('change', () => { shippingPicked = true; });
  await Promise.all([fillCompanies('credit-companies', 'credit-company'),
    fillCompanies('shipping-companies', 'shipping-company', shippingNames)]);
  await refresh();
  setInterval(refresh, 2000);
}

start();
