// The comparison point for cold start: the smallest Vite + React page, built the same way.
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')).render(<h1>Hola</h1>);
