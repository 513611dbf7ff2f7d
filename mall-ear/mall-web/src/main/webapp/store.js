// The storefront: catalog, a cart kept in this browser only, and "Buy", which creates the purchase at the mall.
const cart = JSON.parse(localStorage.getItem('anonpay-cart') || '{}');
let products = [];

function saveCart() {
  localStorage.setItem('anonpay-cart', JSON.stringify(cart));
  renderCart();
}

function renderProducts() {
  const list = document.getElementById('products');
  list.replaceChildren();
  for (const p of products) {
    const item = document.createElement('li');
    item.className = 'card';
    const size = p.size;
    item.innerHTML = '<h2></h2><p class="muted desc"></p><p><span class="price"></span> · <span class="dims"></span></p>';
    item.querySelector('h2').textContent = p.name;
    item.querySelector('.desc').textContent = p.description;
    item.querySelector('.price').textContent = formatMoney(p.price);
    item.querySelector('.dims').textContent = size.lengthCm + ' × ' + size.widthCm + ' × ' + size.heightCm + ' cm, '
      + (size.weightGrams / 1000).toLocaleString() + ' kg';
    const add = document.createElement('button');
    add.type = 'button';
    add.textContent = 'Add to cart';
    add.setAttribute('aria-label', 'Add ' + p.name + ' to cart');
    add.addEventListener('click', () => { cart[p.id] = (cart[p.id] || 0) + 1; saveCart(); });
    item.appendChild(add);
    list.appendChild(item);
  }
}

function renderCart() {
  const body = document.getElementById('cart');
  body.replaceChildren();
  let count = 0;
  for (const [id, quantity] of Object.entries(cart)) {
    const p = products.find(x => String(x.id) === id);
    if (!p) continue;
    count += quantity;
    const row = document.createElement('tr');
    row.innerHTML = '<td></td><td></td><td></td><td></td>';
    row.cells[0].textContent = p.name;
    const input = document.createElement('input');
    input.type = 'number'; input.min = '1'; input.max = '1000'; input.value = quantity;
    input.setAttribute('aria-label', 'Quantity of ' + p.name);
    input.addEventListener('change', () => { const q = parseInt(input.value, 10); if (q > 0) { cart[id] = q; saveCart(); } });
    row.cells[1].appendChild(input);
    row.cells[2].textContent = formatMoney({ amount: p.price.amount * quantity, currency: p.price.currency });
    const remove = document.createElement('button');
    remove.type = 'button'; remove.className = 'secondary'; remove.textContent = 'Remove';
    remove.setAttribute('aria-label', 'Remove ' + p.name);
    remove.addEventListener('click', () => { delete cart[id]; saveCart(); });
    row.cells[3].appendChild(remove);
    body.appendChild(row);
  }
  document.getElementById('cart-summary').textContent = count === 0 ? 'Cart is empty' : count + ' item(s) in cart';
  document.getElementById('buy').disabled = count === 0;
}

async function buy() {
  const error = document.getElementById('buy-error');
  error.hidden = true;
  const items = Object.entries(cart).map(([id, quantity]) => ({ productId: Number(id), quantity }));
  const response = await fetch('api/purchases', {
    method: 'POST', headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
    body: JSON.stringify({ items })
  });
  if (!response.ok) {
    error.textContent = 'Could not buy: ' + await problemText(response);
    error.hidden = false;
    return;
  }
  const purchase = await response.json();
  for (const id of Object.keys(cart)) delete cart[id];
  saveCart();
  location.href = 'purchase.html?purchaseId=' + encodeURIComponent(purchase.purchaseId);
}

async function load() {
  const response = await fetch('api/products', { headers: { 'Accept': 'application/json' } });
  if (!response.ok) {
    const error = document.getElementById('catalog-error');
    error.textContent = 'The catalog is not available: ' + await problemText(response);
    error.hidden = false;
    return;
  }
  products = await response.json();
  renderProducts();
  renderCart();
}

document.getElementById('buy').addEventListener('click', buy);
load();
