// The simulator page: one pane per person, each with its own EventSource. No framework, no build step, and
// no text of its own: every string comes from /simulator/i18n.json (the bot's vi/en catalogue).

const STORAGE_USERS = 'knvl-simulator-users';
const STORAGE_LANG = 'knvl-simulator-lang';
// Browsers open at most 6 HTTP/1.1 connections per host; each pane holds one open, and sending needs one more.
const MAX_PANES = 5;
const SUGGESTIONS = ['suggestion.worker', 'suggestion.employer', 'suggestion.official'];

const page = {
  lang: 'vi',
  strings: /** @type {Record<string, string>} */ ({}),
  limits: { nameMax: 40, textMax: 4096 },
  /** @type {Map<string, Pane>} */
  panes: new Map(),
  nextPaneNumber: 1,
};

/**
 * @typedef {{ id: string, at: string, text: string, choices: { id: string, label: string }[], imageUrl?: string }} SimulatorEvent
 * @typedef {{ name: string, key: string, number: number, root: HTMLElement, title: HTMLElement, status: HTMLElement,
 *   close: HTMLButtonElement, log: HTMLOListElement, choices: HTMLElement, form: HTMLFormElement, label: HTMLLabelElement,
 *   input: HTMLInputElement, send: HTMLButtonElement, error: HTMLElement, source: EventSource | null, seen: Set<string>,
 *   state: 'connecting' | 'connected' | 'reconnecting' }} Pane
 */

const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

/** The message `key` with `{name}` placeholders filled. */
function tr(key, params = {}) {
  const template = page.strings[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** What the server treats as one person: letters and digits, no accents, any case ("Lan" = " lan "). */
function personKey(name) {
  const key = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return key || name;
}

function tidyName(name) {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim();
}

async function loadStrings(lang) {
  const response = await fetch(`/simulator/i18n.json?lang=${encodeURIComponent(lang)}`);
  if (!response.ok) throw new Error(`i18n ${response.status}`);
  const body = await response.json();
  page.lang = body.lang;
  page.strings = body.strings;
  page.limits = body.limits;
}

// ---------------------------------------------------------------------------------------------------------
// Static text
// ---------------------------------------------------------------------------------------------------------

function applyStrings() {
  document.documentElement.lang = page.lang;
  document.title = tr('title');
  for (const element of document.querySelectorAll('[data-i18n]')) {
    element.textContent = tr(element.getAttribute('data-i18n') ?? '');
  }
  const other = page.lang === 'vi' ? 'en' : 'vi';
  const switcher = $('switch-language');
  switcher.setAttribute('lang', other);
  switcher.title = tr('switch_language_hint');

  const input = /** @type {HTMLInputElement} */ ($('add-name'));
  input.placeholder = tr('add_placeholder');
  input.maxLength = page.limits.nameMax;

  const suggestions = $('suggestion-buttons');
  suggestions.replaceChildren(
    ...SUGGESTIONS.map((key) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'chip';
      button.textContent = tr(key);
      button.addEventListener('click', () => addPane(tr(key)));
      return button;
    }),
  );
  for (const pane of page.panes.values()) applyPaneStrings(pane);
  updateEmpty();
}

function applyPaneStrings(pane) {
  const name = pane.name;
  pane.log.setAttribute('aria-label', tr('pane_log', { name }));
  pane.close.setAttribute('aria-label', tr('pane_close', { name }));
  pane.close.title = tr('pane_close', { name });
  pane.label.textContent = tr('message_label', { name });
  pane.input.placeholder = tr('message_placeholder');
  pane.input.maxLength = page.limits.textMax;
  pane.send.textContent = tr('send');
  pane.choices.setAttribute('aria-label', tr('choices'));
  pane.status.textContent = tr(`status.${pane.state}`);
  for (const hint of pane.log.querySelectorAll('.hint')) hint.textContent = tr('hint');
  for (const who of pane.log.querySelectorAll('.msg.user .who')) who.textContent = `${tr('from_user', { name })}: `;
  for (const who of pane.log.querySelectorAll('.msg.bot .who')) who.textContent = `${tr('from_bot')}: `;
  for (const link of pane.log.querySelectorAll('.image-link')) link.textContent = tr('image_link');
}

function updateEmpty() {
  $('empty').hidden = page.panes.size > 0;
}

function showAddError(message) {
  $('add-error').textContent = message;
}

// ---------------------------------------------------------------------------------------------------------
// Panes
// ---------------------------------------------------------------------------------------------------------

function saveUsers() {
  try {
    localStorage.setItem(STORAGE_USERS, JSON.stringify([...page.panes.values()].map((pane) => pane.name)));
  } catch {
    // Private mode or storage full: the page still works, it just forgets the panes on reload.
  }
}

function addPane(rawName, { focus = true } = {}) {
  const name = tidyName(rawName);
  if (name.length === 0) return showAddError(tr('name_missing'));
  if ([...name].length > page.limits.nameMax) return showAddError(tr('name_too_long', { max: page.limits.nameMax }));
  const key = personKey(name);
  const existing = page.panes.get(key);
  if (existing) {
    showAddError(tr('name_taken', { name: existing.name }));
    existing.input.focus();
    return;
  }
  if (page.panes.size >= MAX_PANES) return showAddError(tr('too_many', { max: MAX_PANES }));
  showAddError('');

  const template = /** @type {HTMLTemplateElement} */ ($('pane-template'));
  const root = /** @type {HTMLElement} */ (template.content.firstElementChild.cloneNode(true));
  const number = page.nextPaneNumber++;
  /** @type {Pane} */
  const pane = {
    name,
    key,
    number,
    root,
    title: root.querySelector('.pane-title'),
    status: root.querySelector('.status'),
    close: root.querySelector('.close'),
    log: root.querySelector('.log'),
    choices: root.querySelector('.choices'),
    form: root.querySelector('.composer'),
    label: root.querySelector('.composer label'),
    input: root.querySelector('.composer input'),
    send: root.querySelector('.composer button'),
    error: root.querySelector('.form-error'),
    source: null,
    seen: new Set(),
    state: 'connecting',
  };
  root.dataset.user = name;
  root.id = `pane-${number}`;
  pane.title.id = `pane-${number}-title`;
  pane.title.textContent = name;
  pane.title.title = name;
  root.setAttribute('aria-labelledby', pane.title.id);
  pane.input.id = `pane-${number}-input`;
  pane.input.name = 'text';
  pane.label.htmlFor = pane.input.id;
  pane.error.id = `pane-${number}-error`;
  pane.input.setAttribute('aria-describedby', pane.error.id);

  const hint = document.createElement('li');
  hint.className = 'hint';
  pane.log.append(hint);

  pane.form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = pane.input.value;
    if (text.trim().length === 0) {
      pane.input.focus();
      return;
    }
    pane.input.value = '';
    void sendMessage(pane, { text }, text);
  });
  pane.close.addEventListener('click', () => removePane(pane));

  page.panes.set(key, pane);
  $('panes').append(root);
  applyPaneStrings(pane);
  connect(pane);
  saveUsers();
  updateEmpty();
  if (focus) pane.input.focus();
}

function removePane(pane) {
  pane.source?.close();
  pane.root.remove();
  page.panes.delete(pane.key);
  saveUsers();
  updateEmpty();
  showAddError('');
  $('add-name').focus();
}

function setStatus(pane, state) {
  pane.state = state;
  pane.status.dataset.state = state;
  pane.status.textContent = tr(`status.${state}`);
}

function connect(pane) {
  const source = new EventSource(`/simulator/events?user=${encodeURIComponent(pane.name)}&lang=${page.lang}`);
  pane.source = source;
  setStatus(pane, 'connecting');
  source.addEventListener('open', () => setStatus(pane, 'connected'));
  // EventSource retries by itself (the server asks for 2 s) and says where it stopped (Last-Event-ID).
  source.addEventListener('error', () => {
    setStatus(pane, 'reconnecting');
    // A refused stream (the server restarted without the simulator, say) is not retried by the browser: retry here.
    if (source.readyState === EventSource.CLOSED) {
      setTimeout(() => {
        if (page.panes.get(pane.key) === pane && pane.source === source) connect(pane);
      }, 3000);
    }
  });
  source.addEventListener('message', (message) => {
    try {
      showBotMessage(pane, JSON.parse(message.data));
    } catch {
      // A frame we cannot read is skipped; the next one still shows.
    }
  });
}

// ---------------------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------------------

function timeText(date) {
  return date.toLocaleTimeString(page.lang === 'vi' ? 'vi-VN' : 'en-GB', { hour: '2-digit', minute: '2-digit' });
}

function appendMessage(pane, kind, text, date) {
  pane.log.querySelector('.hint')?.remove();
  const item = document.createElement('li');
  item.className = `msg ${kind}`;
  const who = document.createElement('span');
  who.className = 'who visually-hidden';
  who.textContent = kind === 'bot' ? `${tr('from_bot')}: ` : `${tr('from_user', { name: pane.name })}: `;
  const bubble = document.createElement('div');
  bubble.className = 'bubble';
  bubble.textContent = text;
  const time = document.createElement('time');
  time.dateTime = date.toISOString();
  time.textContent = timeText(date);
  item.append(who, bubble, time);
  pane.log.append(item);
  pane.log.scrollTop = pane.log.scrollHeight;
  return item;
}

/** @param {Pane} pane @param {SimulatorEvent} event */
function showBotMessage(pane, event) {
  if (!event || typeof event.id !== 'string' || pane.seen.has(event.id)) return;
  pane.seen.add(event.id);
  const at = new Date(event.at);
  const item = appendMessage(pane, 'bot', String(event.text ?? ''), Number.isNaN(at.getTime()) ? new Date() : at);
  if (typeof event.imageUrl === 'string' && /^https?:\/\//i.test(event.imageUrl)) {
    // A link, not an <img>: the page loads nothing from outside this server.
    const link = document.createElement('a');
    link.className = 'image-link';
    link.href = event.imageUrl;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.textContent = tr('image_link');
    item.querySelector('.bubble')?.append(document.createElement('br'), link);
  }
  showChoices(pane, Array.isArray(event.choices) ? event.choices : []);
}

/** The buttons of the latest bot message ("1. Đồng ý"); a message without choices clears them. */
function showChoices(pane, choices) {
  const hadFocus = pane.choices.contains(document.activeElement);
  pane.choices.replaceChildren(
    ...choices.map((choice, index) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'choice';
      button.dataset.choiceId = choice.id;
      button.textContent = `${index + 1}. ${choice.label}`;
      button.addEventListener('click', () => void sendMessage(pane, { choiceId: choice.id }, button.textContent ?? ''));
      return button;
    }),
  );
  pane.choices.hidden = choices.length === 0;
  if (hadFocus) (pane.choices.querySelector('button') ?? pane.input).focus();
}

async function sendMessage(pane, payload, shown) {
  pane.error.textContent = '';
  const item = appendMessage(pane, 'user', shown, new Date());
  try {
    const response = await fetch(`/simulator/messages?lang=${page.lang}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: pane.name, ...payload }),
    });
    if (!response.ok) {
      const body = await response.json().catch(() => ({}));
      throw new Error(typeof body.error === 'string' ? body.error : String(response.status));
    }
  } catch (error) {
    item.classList.add('failed');
    const reason = error instanceof TypeError ? tr('server_unreachable') : error instanceof Error ? error.message : String(error);
    pane.error.textContent = tr('send_failed', { reason });
  }
}

// ---------------------------------------------------------------------------------------------------------
// Start
// ---------------------------------------------------------------------------------------------------------

function chosenLang() {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  if (fromUrl === 'vi' || fromUrl === 'en') return fromUrl;
  try {
    const stored = localStorage.getItem(STORAGE_LANG);
    if (stored === 'vi' || stored === 'en') return stored;
  } catch {
    // no storage: Vietnamese
  }
  return 'vi';
}

function savedUsers() {
  try {
    const users = JSON.parse(localStorage.getItem(STORAGE_USERS) ?? '[]');
    return Array.isArray(users) ? users.filter((user) => typeof user === 'string') : [];
  } catch {
    return [];
  }
}

async function start() {
  await loadStrings(chosenLang());
  applyStrings();

  $('add-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const input = /** @type {HTMLInputElement} */ ($('add-name'));
    const before = page.panes.size;
    addPane(input.value);
    if (page.panes.size > before) input.value = '';
  });
  $('switch-language').addEventListener('click', async () => {
    const next = page.lang === 'vi' ? 'en' : 'vi';
    await loadStrings(next);
    try {
      localStorage.setItem(STORAGE_LANG, next);
    } catch {
      // fine without storage
    }
    applyStrings();
  });

  for (const name of savedUsers().slice(0, MAX_PANES)) addPane(name, { focus: false });
  document.body.dataset.ready = 'true';
}

void start();
