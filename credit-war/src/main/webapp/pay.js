// The hosted payment page: the mall sends the buyer here with ?instructions=<signed JWS>&returnUrl=<shop page>.
// The goods, the shipping fee and their total shown before paying are read from the instructions for display only;
// the credit company verifies the mall's signature and the fee against the shipping company's signed tariff. The link back uses the return URL from the verified answer, or, before that, the query's
// return URL only if it is the one the instructions carry (no open redirect).
(function () {
  'use strict';
  var query = new URLSearchParams(window.location.search);
  var instructions = (query.get('instructions') || '').trim();
  var form = document.getElementById('payment');
  var button = document.getElementById('pay');
  var result = document.getElementById('result');
  var summary = document.getElementById('summary');
  var back = document.getElementById('back');

  var REASONS = {
    INSUFFICIENT_BALANCE: 'The card\u2019s available balance is too low for this payment.',
    CARD_REJECTED: 'Card number or password not recognised. Check both and try again.',
    CARD_LOCKED: 'This card is locked after too many wrong passwords. Use another card or try later.',
    CURRENCY_MISMATCH: 'This card cannot pay in this currency. Use another card.'
  };

  // passwordCheck tells the three cases apart; passwordMatched is only the older clients' reading of it.
  function passwordCheck(body) {
    if (body.passwordCheck === 'MATCHED') {
      return 'the password matched.';
    }
    if (body.passwordCheck === 'NOT_MATCHED') {
      return 'the password did not match.';
    }
    return body.declineReason === 'CARD_LOCKED'
      ? 'no password was checked: the card is locked.' : 'no password was checked in this payment.';
  }

  function claims(jws) {
    try {
      var part = jws.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      return JSON.parse(decodeURIComponent(escape(atob(part + '==='.slice((part.length + 3) % 4)))));
    } catch (e) {
      return null;
    }
  }

  function money(m) {
    try {
      var format = new Intl.NumberFormat(undefined, { style: 'currency', currency: m.currency });
      var digits = format.resolvedOptions().maximumFractionDigits;
      return format.format(m.amount / Math.pow(10, digits));
    } catch (e) {
      return m.amount + ' (minor units) ' + m.currency;
    }
  }

  // Goods and shipping fee are one currency (the contract's rule); the card holds both together.
  function total(offer) {
    return { amount: offer.paymentSum.amount + offer.shippingFee.amount, currency: offer.paymentSum.currency };
  }

  function safeHttpUrl(url) {
    try {
      var parsed = new URL(url);
      return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
    } catch (e) {
      return null;
    }
  }

  function showBack(url, text) {
    var safe = safeHttpUrl(url);
    if (safe) {
      back.href = safe;
      back.textContent = text;
      back.hidden = false;
    }
  }

  function show(kind, lines) {
    result.className = 'result ' + kind;
    result.replaceChildren.apply(result, lines.map(function (text) {
      var p = document.createElement('p');
      p.textContent = text;
      return p;
    }));
    result.hidden = false;
    result.focus();
  }

  var offered = claims(instructions);
  if (!offered || !offered.paymentSum || !offered.shippingFee) {
    summary.textContent = 'These payment instructions cannot be read. Go back to the shop and start the payment again.';
    form.hidden = true;
  } else {
    summary.textContent = 'Payment of ' + money(total(offered)) + ' requested by ' + offered.iss + ': goods '
      + money(offered.paymentSum) + ', shipping by ' + offered.shippingCompany + ' ' + money(offered.shippingFee) + '.';
    if (query.get('returnUrl') === offered.returnUrl) {
      showBack(offered.returnUrl, 'Cancel and go back to the shop');
    }
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var cardNumber = document.getElementById('cardNumber').value;
    var password = document.getElementById('password').value;
    if (!cardNumber.trim() || !password) {
      show('problem', ['Enter the card number and the card password.']);
      return;
    }
    button.disabled = true;
    fetch('api/settlements', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json, application/problem+json' },
      body: JSON.stringify({ instructions: instructions, cardNumber: cardNumber, password: password })
    }).then(function (response) {
      return response.json().then(function (body) { return { status: response.status, body: body }; });
    }).then(function (reply) {
      var body = reply.body;
      if (reply.status >= 400) {
        var retry = reply.status === 429 ? ' Please try again in a moment.' : '';
        show('problem', [(body.title || 'Error') + ': ' + (body.detail || 'the payment could not be processed.') + retry]);
        return;
      }
      var lines = [];
      lines.push(body.outcome === 'APPROVED'
        ? 'Payment approved: ' + money(total(offered)) + ' (goods ' + money(body.paymentSum) + ', shipping '
          + money(offered.shippingFee) + ').'
        : 'Payment declined.');
      lines.push('Password check: ' + passwordCheck(body));
      if (body.declineReason) {
        lines.push(REASONS[body.declineReason] || body.message);
      }
      if (body.outcome !== 'APPROVED') {
        lines.push('Nothing was charged to your card.');
      }
      if (body.attemptsLeft !== undefined && body.attemptsLeft !== null) {
        lines.push('Attempts left before the card locks: ' + body.attemptsLeft + '.');
      }
      if (body.lockedUntil) {
        lines.push('Locked until ' + new Date(body.lockedUntil).toLocaleString() + '.');
      }
      if (body.repeated) {
        lines.push('This purchase had already been settled; nothing was charged again.');
      }
      show(body.outcome === 'APPROVED' ? 'approved' : 'declined', lines);
      if (body.finalOutcome) {
        form.hidden = true;
      }
      showBack(body.returnUrl, 'Back to the shop');
    }).catch(function () {
      show('problem', ['The credit company could not be reached. Check your connection and try again.']);
    }).finally(function () {
      button.disabled = false;
      document.getElementById('password').value = '';
    });
  });
}());
