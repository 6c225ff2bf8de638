// The one pattern every widget follows: a light-DOM custom element around its server-rendered markup
// (which works without script), set up once when first connected, looking only inside itself.

/**
 * A widget's element. `init()` runs the first time the element is connected; connecting it again
 * (moved in the page, or taken out and put back) keeps what it set up and runs nothing twice.
 */
export abstract class WidgetElement extends HTMLElement {
  #ready = false;

  connectedCallback(): void {
    if (this.#ready) return;
    this.#ready = true;
    this.init();
  }

  /** Sets the widget up inside this element. */
  protected abstract init(): void;
}

/**
 * Defines the element once. Astro may inline a small module into several components' scripts, so
 * the same definition can be evaluated more than once on a page; the first one wins.
 */
export function defineElement(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}
