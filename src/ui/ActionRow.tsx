// The row of buttons that ends a form or a notice ("Guardar · Cancelar", "Seguir con mi texto ·
// Usar el guardado", "Cerrar"): one place for its markup, so every such row looks and reads alike.
interface Action {
  label: string;
  onClick?: () => void;
  /** Submits the enclosing form instead of running onClick. */
  submit?: boolean;
  secondary?: boolean;
  small?: boolean;
}

export function ActionRow({ actions }: { actions: Action[] }) {
  return (
    <div className="actions">
      {actions.map((a) => (
        <button
          key={a.label}
          type={a.submit ? 'submit' : 'button'}
          className={[a.small && 'small', a.secondary && 'secondary'].filter(Boolean).join(' ') || undefined}
          onClick={a.onClick}
        >
          {a.label}
        </button>
      ))}
    </div>
  );
}
