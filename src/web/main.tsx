import { render } from 'preact'
import { App } from './app.tsx'
import './styles/base.css'
import './styles/layout.css'
import './styles/cards.css'
import './styles/forms.css'
import './styles/panels.css'
import './styles/room.css'

const root = document.getElementById('app')
if (root) render(<App />, root)
