/**
 * The page's only script: listens to the workspace's SSE stream and prepends each new alert, highlighted;
 * posts acknowledge/resolve (declared JSON, as the server requires of every change). Builds nodes with textContent only, so alert text can never become markup.
 * Plain ES2020 served inline: no build step.
 */
export const LIVE_SCRIPT = `(() => {
  const data = JSON.parse(document.getElementById('vigie-data').textContent)
  const t = data.messages
  const list = document.getElementById('alerts')
  const liveStatus = document.getElementById('live-status')
  if (!list || !data.apiBase) return
  const when = new Intl.DateTimeFormat(t.locale, { dateStyle: 'short', timeStyle: 'short', timeZone: 'UTC' })
  const el = (tag, className, text) => {
    const node = document.createElement(tag)
    if (className) node.className = className
    if (text !== undefined) node.textContent = text
    return node
  }
  const button = (action, label) => {
    const b = el('button', action, label)
    b.type = 'button'
    b.dataset.action = action
    return b
  }
  const renderAlert = (alert) => {
    const li = el('li', 'alert new')
    li.dataset.id = alert.id
    li.dataset.severity = alert.severity
    li.dataset.status = alert.status
    const head = el('p', 'alert-head')
    head.append(el('span', 'badge-new', t.newBadge), el('span', 'severity', t.severity[alert.severity] || alert.severity), ' ',
      el('time', '', when.format(new Date(alert.at))), ' ', el('span', 'score', t.score + ' ' + Math.round(alert.score)),
      ' ', el('span', 'status', t.status[alert.status] || alert.status))
    const actions = el('p', 'actions')
    actions.append(button('acknowledge', t.acknowledge), ' ', button('resolve', t.resolve))
    const told = alert.details && alert.details.explanations && alert.details.explanations[t.lang]
    li.append(head, el('p', 'explanation', typeof told === 'string' && told ? told : alert.explanation), actions)
    return li
  }
  const source = new EventSource(data.apiBase + '/stream')
  source.addEventListener('open', () => { liveStatus.dataset.state = 'live'; liveStatus.textContent = t.live })
  source.addEventListener('error', () => { liveStatus.dataset.state = 'down'; liveStatus.textContent = t.reconnecting })
  source.addEventListener('alert', (event) => {
    const alert = JSON.parse(event.data)
    for (const li of [...list.children]) if (li.dataset.id === alert.id || li.classList.contains('empty')) li.remove()
    const li = renderAlert(alert)
    list.prepend(li)
    setTimeout(() => li.classList.remove('new'), 60000)
  })
  list.addEventListener('click', async (event) => {
    const target = event.target.closest('button[data-action]')
    const li = target && target.closest('li.alert')
    if (!li) return
    target.disabled = true
    try {
      const res = await fetch(data.apiBase + '/alerts/' + encodeURIComponent(li.dataset.id) + '/' + target.dataset.action, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': data.csrf || '' } })
      if (!res.ok) throw new Error(String(res.status))
      const alert = await res.json()
      li.dataset.status = alert.status
      li.querySelector('.status').textContent = t.status[alert.status] || alert.status
    } catch {
      window.alert(t.actionFailed)
    } finally {
      target.disabled = false
    }
  })
})()`
