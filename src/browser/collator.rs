//! Names in the order a Dutch reader expects, by the browser's own collation
//! (`Intl.Collator("nl")`): "Łukasz" among the L's, "IJsselmonde" under I.

use std::cmp::Ordering;

use js_sys::{Array, Function, Intl, Object};
use wasm_bindgen::JsValue;

use crate::model::{Collation, FoldedOrder};

/// The browser's Dutch collation; the app's own approximation where the browser has none.
pub struct DutchCollator(Option<Function>);

impl DutchCollator {
    pub fn new() -> Self {
        // `compare` is bound to its collator, so it can be called on its own.
        let locales = Array::of1(&JsValue::from_str("nl"));
        let collator = Intl::Collator::new(&locales, &Object::new());
        let compare = collator.compare();
        DutchCollator(compare.is_function().then_some(compare))
    }
}

impl Default for DutchCollator {
    fn default() -> Self {
        Self::new()
    }
}

impl Collation for DutchCollator {
    fn compare(&self, a: &str, b: &str) -> Ordering {
        let by_browser = self.0.as_ref().and_then(|compare| {
            let order = compare.call2(&JsValue::NULL, &a.into(), &b.into()).ok()?;
            order.as_f64()
        });
        match by_browser {
            Some(order) => order.partial_cmp(&0.0).unwrap_or(Ordering::Equal),
            None => FoldedOrder.compare(a, b),
        }
    }
}
