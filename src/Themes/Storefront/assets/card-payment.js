// Pays an order by card on its page with Stripe's Payment Element. The page carries the store's publishable key
// and the PaymentIntent's client secret; 3-D Secure leaves through Stripe and comes back to this page
// (return_url), which then asks the server how the payment stands until it settles. What the shopper reads about a
// refused card comes from the server, in their language, never Stripe's own text.
(() => {
  const section = document.querySelector('[data-card-payment]');
  if (!section) return;
  const data = section.dataset;
  const form = section.querySelector('[data-card-payment-form]');
  const errorBox = section.querySelector('[data-card-payment-error]');
  const checking = section.querySelector('[data-card-payment-checking]');
  const button = form.querySelector('button[type="submit"]');
  const wait = ms => new Promise(resolve => setTimeout(resolve, ms));

  const showError = message => {
    errorBox.textContent = message || '';
    errorBox.hidden = !message;
  };

  async function paymentState() {
    try {
      const response = await fetch(data.refreshUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ clientSecret: data.clientSecret }),
      });
      return response.ok ? await response.json() : null;
    } catch {
      return null;
    }
  }

  // Stripe settles most payments in a second or two; a bank may take longer, and then the email tells the rest.
  async function settle() {
    form.hidden = true;
    checking.hidden = false;
    let delay = 500;
    for (let attempt = 0; attempt < 20; attempt++) {
      const state = await paymentState();
      if (state && state.status === 'Failed') {
        checking.hidden = true;
        form.hidden = false;
        button.disabled = false;
        showError(state.error);
        return;
      }

      if (state && state.status !== 'Pending') {
        window.location.replace(data.returnUrl);
        return;
      }

      await wait(delay);
      delay = Math.min(delay * 2, 4000);
    }

    checking.textContent = data.stillProcessing;
  }

  if (typeof window.Stripe !== 'function') {
    showError(data.unavailable);
    button.disabled = true;
    return;
  }

  const stripe = window.Stripe(data.publishableKey, { locale: data.locale || 'auto' });
  const elements = stripe.elements({ clientSecret: data.clientSecret });
  elements.create('payment').mount(section.querySelector('[data-payment-element]'));

  form.addEventListener('submit', async event => {
    event.preventDefault();
    button.disabled = true;
    showError('');
    const { error } = await stripe.confirmPayment({
      elements,
      confirmParams: { return_url: data.returnUrl },
      redirect: 'if_required',
    });
    if (error && error.type === 'validation_error') {
      // The Payment Element shows what is missing in its own fields.
      button.disabled = false;
      return;
    }

    await settle();
  });

  if (new URLSearchParams(window.location.search).has('payment_intent')) {
    settle();
  }
})();
