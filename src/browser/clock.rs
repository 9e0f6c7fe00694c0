//! The device's clock and calendar: time stamps in UTC, dates where the user is, new ids.

/// The current time as ISO 8601 (UTC), from the browser's clock: for time stamps.
pub fn now() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Today's date where the user is, `jjjj-mm-dd`: for dates shown, filed and compared with
/// the user's own dates (a UTC date is yesterday's in the Netherlands until 1 or 2 a.m.).
pub fn today() -> String {
    local_date(&js_sys::Date::new_0())
}

/// The date where the user is of a time stamp (ISO 8601), `jjjj-mm-dd`.
pub fn local_day(stamp: &str) -> String {
    let date = js_sys::Date::new(&stamp.into());
    if date.get_time().is_nan() {
        return stamp.chars().take(10).collect();
    }
    local_date(&date)
}

/// A time stamp (ISO 8601) as the user reads it where they are: `dd-mm-jjjj uu:mm`.
pub fn local_moment(stamp: &str) -> String {
    let date = js_sys::Date::new(&stamp.into());
    if date.get_time().is_nan() {
        return stamp.to_string();
    }
    format!(
        "{} {:02}:{:02}",
        crate::model::format_date(&local_date(&date)),
        date.get_hours(),
        date.get_minutes()
    )
}

/// `local_moment` with the seconds: `dd-mm-jjjj uu:mm:ss`.
pub fn local_moment_seconds(stamp: &str) -> String {
    let date = js_sys::Date::new(&stamp.into());
    if date.get_time().is_nan() {
        return stamp.to_string();
    }
    format!("{}:{:02}", local_moment(stamp), date.get_seconds())
}

fn local_date(date: &js_sys::Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date()
    )
}

/// A fresh unique id for a record: time plus randomness, so ids made on two devices differ.
pub fn new_id(prefix: &str) -> String {
    let time = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * 2f64.powi(40)) as u64;
    format!("{prefix}-{time:x}-{random:x}")
}

/// Waits until what was just changed is painted: the frame's callback runs before the
/// paint, the task it sets after it.
pub async fn after_paint() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        leptos::prelude::request_animation_frame(move || {
            leptos::prelude::set_timeout(
                move || {
                    resolve.call0(&wasm_bindgen::JsValue::NULL).ok();
                },
                std::time::Duration::ZERO,
            )
        });
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.ok();
}

/// Waits `ms` milliseconds without holding up the page.
pub async fn pause(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let timed = web_sys::window().is_some_and(|window| {
            window
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
                .is_ok()
        });
        // Without a timer the wait ends at once.
        if !timed {
            resolve.call0(&wasm_bindgen::JsValue::NULL).ok();
        }
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.ok();
}
