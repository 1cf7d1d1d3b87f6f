import { Component, type ErrorInfo, type ReactNode } from 'react';
import { common } from '../i18n/common';
import { isChunkLoadError, reloadForChunk } from './chunkReload';

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
    // A screen's code that did not arrive: a reload fetches it (retrying cannot, see chunkReload).
    if (isChunkLoadError(error)) reloadForChunk();
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    // Retrying cannot bring code that did not arrive (React.lazy keeps the failure): only reload.
    const missingCode = isChunkLoadError(error);
    return (
      <section className="card error-card" role="alert">
        <h1>{missingCode ? common.chunkTitle : common.crashTitle}</h1>
        <p>{missingCode ? common.chunkBody : common.crashBody}</p>
        <div className="actions">
          {missingCode ? null : (
            <button type="button" onClick={() => this.setState({ error: null })}>
              {common.retry}
            </button>
          )}
          <button type="button" className={missingCode ? undefined : 'secondary'} onClick={() => window.location.reload()}>
            {common.reload}
          </button>
        </div>
      </section>
    );
  }
}
