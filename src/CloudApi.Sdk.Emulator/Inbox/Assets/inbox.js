// The inbox's live behaviour: server-sent events announce changes; the page fetches itself and swaps the regions
// marked data-live. Forms post with fetch (a plain post works too: the server redirects back).
(() => {
  'use strict';
  const live = document.getElementById('live');
  const notice = document.getElementById('notice');
  let timer = null;
  let running = false;
  let again = false;

  function openDetailsKeys(region) {
    return [...region.querySelectorAll('details[open]')].map(d => (d.closest('[data-id]')?.dataset.id ?? '') + '|' + d.className);
  }

  function atBottom(log) {
    return !log || log.scrollHeight - log.scrollTop - log.clientHeight < 40;
  }

  function scrollDown() {
    const log = document.getElementById('chat-log');
    if (log) log.scrollTop = log.scrollHeight;
  }

  function expireTyping() {
    for (const typing of document.querySelectorAll('.typing[data-ttl]')) {
      setTimeout(() => typing.remove(), Number(typing.dataset.ttl));
    }
  }

  async function refresh() {
    if (running) { again = true; return; }
    running = true;
    try {
      const response = await fetch(location.href, { headers: { 'X-Inbox': 'fetch' }, cache: 'no-store' });
      const fresh = new DOMParser().parseFromString(await response.text(), 'text/html');
      const stick = atBottom(document.getElementById('chat-log'));
      for (const region of document.querySelectorAll('[data-live]')) {
        const next = fresh.getElementById(region.id);
        if (!next || next.innerHTML === region.innerHTML) continue;
        const open = openDetailsKeys(region);
        region.innerHTML = next.innerHTML;
        for (const details of region.querySelectorAll('details')) {
          const key = (details.closest('[data-id]')?.dataset.id ?? '') + '|' + details.className;
          if (open.includes(key)) details.open = true;
        }
      }
      document.title = fresh.title;
      if (stick) scrollDown();
      expireTyping();
      document.body.dataset.version = live.dataset.version ?? '';
    } catch (error) {
      live.textContent = 'Refresh failed: ' + error;
    } finally {
      running = false;
      if (again) { again = false; refresh(); }
    }
  }

  function schedule() {
    if (timer) return;
    timer = setTimeout(() => { timer = null; refresh(); }, 50);
  }

  const events = new EventSource('/_emulator/inbox/events');
  events.onopen = () => { live.textContent = 'Live'; };
  events.onmessage = event => { live.textContent = 'Live'; live.dataset.version = event.data; schedule(); };
  events.onerror = () => { live.textContent = 'Reconnecting…'; };

  function setReply(id, summary) {
    const context = document.getElementById('reply-context');
    const banner = document.getElementById('replying');
    if (!context || !banner) return;
    context.value = id ?? '';
    document.getElementById('replying-summary').textContent = summary ?? '';
    banner.hidden = !id;
    if (id) document.getElementById('composer-text')?.focus();
  }

  document.addEventListener('click', event => {
    const reply = event.target.closest('button.reply-to');
    if (reply) { setReply(reply.dataset.replyTo, reply.dataset.summary); return; }
    if (event.target.closest('#cancel-reply')) setReply(null, null);
  });

  document.addEventListener('submit', async event => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || form.method.toLowerCase() !== 'post') return;
    event.preventDefault();
    const data = new FormData(form, event.submitter);
    notice.textContent = '';
    let response;
    try {
      response = await fetch(form.getAttribute('action'), { method: 'POST', body: data, headers: { 'X-Inbox': 'fetch' } });
    } catch (error) {
      notice.textContent = 'The emulator did not answer: ' + error;
      return;
    }
    if (!response.ok) {
      let text = 'HTTP ' + response.status;
      try {
        const body = await response.json();
        text = body.error?.error_data?.details ?? body.error?.message ?? text;
      } catch { /* not JSON */ }
      notice.textContent = text;
      return;
    }
    if (form.id === 'composer') {
      form.reset();
      setReply(null, null);
    }
    if (form.closest('.new-chat')) {
      const number = data.get('number');
      const user = String(data.get('user')).replace(/\D/g, '');
      location.href = '/?number=' + encodeURIComponent(number) + '&chat=' + encodeURIComponent(user);
      return;
    }
    form.closest('details.send-location, details.composer-location')?.removeAttribute('open');
    schedule();
  });

  scrollDown();
  expireTyping();
})();
