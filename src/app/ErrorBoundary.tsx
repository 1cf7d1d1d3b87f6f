import { Component, type ErrorInfo, type ReactNode } from 'react';
import { common } from '../i18n/common';

interface State {
  error: Error | null;
}

/** One screen failing must never blank the whole app: the data is safe, say so and offer a retry. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Pantalla con error', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <section className="card error-card" role="alert">
        <h1>{common.crashTitle}</h1>
        <p>{common.crashBody}</p>
        <div className="actions">
          <button type="button" onClick={() => this.setState({ error: null })}>
            {common.retry}
          </button>
          <button type="button" className="secondary" onClick={() => window.location.reload()}>
            {common.reload}
          </button>
        </div>
      </section>
    );
  }
}
