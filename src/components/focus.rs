//! Where the keyboard's focus goes when what held it disappears (a deleted record, a closed
//! confirmation, a finished import): never back to the top of the page (WCAG 2.4.3).

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// What a keyboard user can land on inside a record.
const CONTROLS: &str =
    "summary, a[href], button:not([disabled]), input:not([type='hidden']), select, textarea";

/// The place to go on to once `el` is gone: the first control of the next record of its list,
/// else of the previous one, else the heading of the part of the page it was in.
pub fn neighbour_of(el: &Element) -> Option<HtmlElement> {
    let record = el.closest("li").ok().flatten();
    let siblings = record
        .iter()
        .flat_map(|li| [li.next_element_sibling(), li.previous_element_sibling()])
        .flatten();
    for sibling in siblings {
        if let Some(control) = first_match(&sibling, CONTROLS) {
            return Some(control);
        }
    }
    let part = el.closest("section, article, fieldset").ok().flatten()?;
    first_match(&part, "h1, h2, h3, legend")
}

/// At the next frame, when the focus has been lost (it rests on the page itself), puts it on
/// the first of `targets` still on the page, else on the page's heading. Focus the user has
/// put somewhere is left where it is.
pub fn refocus(targets: impl FnOnce() -> Vec<HtmlElement> + 'static) {
    request_animation_frame(move || {
        let document = document();
        let lost = document
            .active_element()
            .is_none_or(|active| Some(&active) == document.body().as_ref().map(AsRef::as_ref));
        if !lost {
            return;
        }
        let target = targets()
            .into_iter()
            .find(|t| t.is_connected())
            .or_else(page_heading);
        if let Some(target) = target {
            focus(&target);
        }
    });
}

/// Puts the focus on the page's heading (read out, the next Tab goes on from there).
pub fn focus_page_heading() {
    if let Some(heading) = page_heading() {
        focus(&heading);
    }
}

fn page_heading() -> Option<HtmlElement> {
    document()
        .query_selector("main h1")
        .ok()
        .flatten()
        .and_then(|h| h.dyn_into().ok())
}

fn first_match(within: &Element, selector: &str) -> Option<HtmlElement> {
    within
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into().ok())
}

/// Focuses `el`; a heading or legend is made focusable by script only (not a Tab stop).
fn focus(el: &HtmlElement) {
    if el.matches("h1, h2, h3, legend").unwrap_or(false) && !el.has_attribute("tabindex") {
        el.set_attribute("tabindex", "-1").ok();
    }
    el.focus().ok();
}
