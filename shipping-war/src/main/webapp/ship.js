// The buyer arrives from the mall with ?instructions=<signed JWS>&returnUrl=<mall page>. We post the instructions
// with the delivery data to api/shipments and show the tracking number. The link back uses the return URL from the
// verified instructions in the answer; the query string's is only a fallback before that.
(function () {
  'use strict';
  var params = new URLSearchParams(window.location.search);
  var instructions = params.get('instructions');
  var form = document.getElementById('ship');
  var error = document.getElementById('error');

  function safeUrl(url) {
    try {
      var parsed = new URL(url);
      return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
    } catch (e) {
      return null;
    }
  }

  function showError(text) {
    error.textContent = text;
    error.hidden = false;
    error.focus();
  }

  // minor units in the currency's own decimals (not every currency has cents)
  function money(m) {
    try {
      var format = new Intl.NumberFormat(undefined, { style: 'currency', currency: m.currency });
      return format.format(m.amount / Math.pow(10, format.resolvedOptions().maximumFractionDigits));
    } catch (e) {
      return m.amount + ' (minor units) ' + m.currency;
    }
  }

  if (!instructions) {
    document.getElementById('missing').hidden = false;
    form.hidden = true;
    return;
  }
  error.tabIndex = -1;

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    error.hidden = true;
    var firstInvalid = null;
    Array.prototype.forEach.call(form.elements, function (input) {
      if (input.tagName !== 'INPUT') { return; }
      var valid = input.checkValidity() && (!input.required || input.value.trim() !== '');
      input.setAttribute('aria-invalid', valid ? 'false' : 'true');
      if (!valid && !firstInvalid) { firstInvalid = input; }
    });
    if (firstInvalid) {
      showError('Please fill in: ' + document.querySelector('label[for="' + firstInvalid.id + '"]').textContent);
      firstInvalid.focus();
      return;
    }
    var value = function (id) { return document.getElementById(id).value.trim(); };
    var body = {
      instructions: instructions,
      recipient: {
        name: value('name'), street: value('street'), postalCode: value('postalCode'),
        city: value('city'), country: value('country').toUpperCase()
      }
    };
    if (value('phone')) { body.recipient.phone = value('phone'); }
    var submit = document.getElementById('submit');
    submit.disabled = true;
    fetch('api/shipments', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.json().then(function (json) { return { ok: response.ok, json: json }; });
    }).then(function (result) {
      if (!result.ok) {
        showError(result.json.detail || result.json.title || 'The shipment could not be accepted.');
        submit.disabled = false;
        return;
      }
      form.hidden = true;
      document.getElementById('tracking').textContent = result.json.shippingId;
      document.getElementById('fee').textContent = money(result.json.fee);
      var back = safeUrl(result.json.returnUrl) || safeUrl(params.get('returnUrl'));
      var link = document.getElementById('back');
      if (back) { link.href = back; } else { link.hidden = true; }
      document.getElementById('done').hidden = false;
      link.focus();
    }).catch(function () {
      showError('The shipping company cannot be reached. Please try again.');
      submit.disabled = false;
    });
  });
}());
