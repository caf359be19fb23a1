/** One section of the options page. Each lives in its own module and owns everything inside its body. */
export interface OptionsSection {
  /** Stable, unique; used for the section's element id (and so for links like options.html#mastodon-instances). */
  id: string;
  title: string;
  /** Fills the section's body; may keep listening for changes while the page is open. */
  mount(body: HTMLElement): void | Promise<void>;
}
