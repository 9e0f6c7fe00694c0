//! Names in the order a Dutch reader expects, by the browser's own collation
//! (`Intl.Collator("nl")`): "Łukasz" among the L's, "IJsselmonde" under I.

use std::cmp::Ordering;
use std::collections::{BTreeSet, HashMap};

use js_sys::{Array, Function, Intl, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::model::{Collation, FoldedOrder, ranks_by};

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

    /// Sorted by the browser in one call: a call from the app into the browser per pair
    /// compared took most of the time of sorting a long list.
    fn ranks(&self, names: &[&str]) -> Vec<u32> {
        let distinct: BTreeSet<&str> = names.iter().copied().collect();
        // Nothing to compare: the collator is not made (see `COMPARE`).
        if distinct.len() < 2 {
            return vec![0; names.len()];
        }
        let sorted = COMPARE.with(|compare| {
            let compare = compare.as_ref()?;
            let array: Array = distinct.iter().map(|n| JsValue::from_str(n)).collect();
            let sort = Reflect::get(&array, &JsValue::from_str("sort")).ok()?;
            sort.dyn_ref::<Function>()?.call1(&array, compare).ok()?;
            array
                .iter()
                .map(|n| n.as_string())
                .collect::<Option<Vec<_>>>()
        });
        let Some(sorted) = sorted else {
            return ranks_by(self, names);
        };
        let mut rank_of: HashMap<&str, u32> = HashMap::new();
        let mut rank = 0;
        for (at, name) in sorted.iter().enumerate() {
            if at > 0 && self.compare(&sorted[at - 1], name) != Ordering::Equal {
                rank += 1;
            }
            rank_of.insert(name, rank);
        }
        names
            .iter()
            .map(|n| rank_of.get(n).copied().unwrap_or(rank))
            .collect()
    }
}
