//! *Afdrukken*: the browser's print dialog for the page.

use leptos::prelude::*;

#[component]
pub fn PrintButton(
    /// Extra classes, e.g. `no-print` where the button is not inside a part hidden on paper.
    #[prop(optional)]
    extra: &'static str,
) -> impl IntoView {
    let print = |_| {
        if let Some(window) = web_sys::window() {
            // Without a print dialog (an embedded browser) the page stays as it is.
            window.print().ok();
        }
    };
    view! {
        <button type="button" class=format!("button {extra}") on:click=print>"Afdrukken"</button>
    }
}
