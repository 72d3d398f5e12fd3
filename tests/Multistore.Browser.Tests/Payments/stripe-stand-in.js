// Served in place of https://js.stripe.com/v3/ (Playwright routes the address here): just enough of Stripe.js for the
// card payment page. Stripe(key) → elements({ clientSecret }) → create('payment').mount(node) draws a card number field
// where Stripe's Payment Element would be; confirmPayment({ elements, confirmParams: { return_url } }) confirms the
// PaymentIntent at https://api.stripe.com (routed to the fake Stripe server) with the publishable key and client
// secret, as Stripe.js does, then follows the intent: 3-D Secure leaves for the bank's page (which sends the shopper to
// return_url with payment_intent and payment_intent_client_secret), a decline resolves to Stripe's { error }.
(() => {
  // Stripe's test card numbers, as the payment methods the fake server knows them by.
  const testCards = {
    '4242424242424242': 'pm_card_visa',
    '4000002760003184': 'pm_card_threeDSecure2Required',
    '4000000000009995': 'pm_card_visa_chargeDeclinedInsufficientFunds',
  };

  function createElements(clientSecret) {
    let field = null;
    return {
      clientSecret,
      create(type) {
        if (type !== 'payment') throw new Error(`The stand-in has no ${type} element.`);
        return {
          mount(target) {
            const node = typeof target === 'string' ? document.querySelector(target) : target;
            const label = document.createElement('label');
            label.textContent = 'Card number';
            field = document.createElement('input');
            field.name = 'cardnumber';
            field.autocomplete = 'cc-number';
            field.inputMode = 'numeric';
            field.setAttribute('data-stand-in-card', '');
            label.append(document.createElement('br'), field);
            node.replaceChildren(label);
          },
        };
      },
      cardNumber: () => (field ? field.value.replace(/\s+/g, '') : ''),
    };
  }

  window.Stripe = function Stripe(publishableKey) {
    return {
      elements: ({ clientSecret }) => createElements(clientSecret),

      async confirmPayment({ elements, confirmParams, redirect }) {
        const number = elements.cardNumber();
        if (number.length === 0) {
          return { error: { type: 'validation_error', code: 'incomplete_number', message: 'Your card number is incomplete.' } };
        }

        const intentId = elements.clientSecret.split('_secret_')[0];
        const response = await fetch(`https://api.stripe.com/v1/payment_intents/${intentId}/confirm`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({
            payment_method: testCards[number] || 'pm_card_chargeDeclined',
            return_url: confirmParams.return_url,
            client_secret: elements.clientSecret,
            key: publishableKey,
          }),
        });
        const body = await response.json();
        if (body.error) return { error: body.error };

        if (body.status === 'requires_action' && body.next_action && body.next_action.type === 'redirect_to_url') {
          window.location.assign(body.next_action.redirect_to_url.url);
          return new Promise(() => {}); // The page is leaving for the bank.
        }

        if (redirect !== 'if_required') {
          const back = new URL(confirmParams.return_url);
          back.searchParams.set('payment_intent', body.id);
          back.searchParams.set('payment_intent_client_secret', body.client_secret);
          back.searchParams.set('redirect_status', body.status === 'succeeded' ? 'succeeded' : 'processing');
          window.location.assign(back.toString());
          return new Promise(() => {});
        }

        return { paymentIntent: body };
      },
    };
  };
})();
