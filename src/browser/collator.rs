//! Names in the order a Dutch reader expects, by the browser's own collation
//! (`Intl.Collator("nl")`): "Łukasz" among the L's, "IJsselmonde" under I.

use std::cmp::Ordering;

use js_sys::{Array, Function, Intl, Object};
use wasm_bindgen::JsValue;

use crate::model::{Collation, FoldedOrder};

thread_local! {
    /// The collator's `compare`, made on the first comparison (making one takes a
    /// noticeable moment on a tablet, so an empty or one-name list never pays for it).
    static COMPARE: Option<Function> = {
        let locales = Array::of1(&JsValue::from_str("nl"));
        let compare = Intl::Collator::new(&locales, &Object::new()).compare();
        // `compare` is bound to its collator, so it can be called on its own.
        compare.is_function().then_some(compare)
    };
}

/// The browser's Dutch collation; the app's own approximation where the browser has none.
#[derive(Debug, Clone, Copy, Default)]
pub struct DutchCollator;

impl Collation for DutchCollator {
    fn compare(&self, a: &str, b: &str) -> Ordering {
        let by_browser = COMPARE.with(|compare| {
            let order = compare
                .as_ref()?
                .call2(&JsValue::NULL, &a.into(), &b.into())
                .ok()?;
            order.as_f64()
        });
        match by_browser {
            Some(order) => order.partial_cmp(&0.0).unwrap_or(Ordering::Equal),
            None => FoldedOrder.compare(a, b),
        }
    }
}
