//! Sealing an export with a password and opening it again, with the browser's Web Crypto
//! only: a 256-bit AES-GCM key derived from the password by PBKDF2-SHA-256, a new random
//! salt and IV for every file. The envelope around it is `storage::sealed`.

use js_sys::{Array, Object, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AesDerivedKeyParams, AesGcmParams, Crypto, CryptoKey, Pbkdf2Params, SubtleCrypto};

use crate::storage::sealed::{ITERATIONS, IV_BYTES, SALT_BYTES, Sealed, WRONG_PASSWORD};

const NO_CRYPTO: &str = "Versleutelen lukt niet in deze browser (Web Crypto ontbreekt). \
    Gebruik een recente browser, en open de app via https of als geïnstalleerde app.";

fn crypto() -> Result<Crypto, String> {
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .ok_or_else(|| NO_CRYPTO.to_string())
}

fn subtle() -> Result<SubtleCrypto, String> {
    // `crypto.subtle` is absent outside a secure context (plain http other than localhost).
    let crypto = crypto()?;
    let subtle = js_sys::Reflect::get(&crypto, &"subtle".into()).map_err(|_| NO_CRYPTO)?;
    subtle.dyn_into().map_err(|_| NO_CRYPTO.to_string())
}

fn random(bytes: usize) -> Result<Vec<u8>, String> {
    let mut out = vec![0; bytes];
    crypto()?
        .get_random_values_with_u8_array(&mut out)
        .map_err(|_| NO_CRYPTO.to_string())?;
    Ok(out)
}

async fn call(promise: Result<js_sys::Promise, JsValue>) -> Result<JsValue, JsValue> {
    JsFuture::from(promise?).await
}

/// The AES-GCM key for `password` with `salt`, for `usage` ("encrypt" or "decrypt").
async fn derive(
    subtle: &SubtleCrypto,
    password: &str,
    salt: &[u8],
    iterations: u32,
    usage: &str,
) -> Result<CryptoKey, String> {
    let raw = Uint8Array::from(password.as_bytes());
    let base = call(subtle.import_key_with_str(
        "raw",
        &raw,
        "PBKDF2",
        false,
        &Array::of1(&"deriveKey".into()),
    ))
    .await
    .map_err(|_| NO_CRYPTO)?;
    let params = Pbkdf2Params::new(
        "PBKDF2",
        &"SHA-256".into(),
        iterations,
        &Uint8Array::from(salt),
    );
    let key = call(subtle.derive_key_with_object_and_object(
        &params,
        base.unchecked_ref(),
        &AesDerivedKeyParams::new("AES-GCM", 256),
        false,
        &Array::of1(&usage.into()),
    ))
    .await
    .map_err(|_| NO_CRYPTO)?;
    Ok(key.unchecked_into())
}

fn gcm(iv: &[u8]) -> Object {
    AesGcmParams::new("AES-GCM", &Uint8Array::from(iv)).into()
}

/// Encrypts `plain` (an export's text) with `password`: the sealed file's text.
pub async fn seal(plain: &str, password: &str) -> Result<String, String> {
    let subtle = subtle()?;
    let salt = random(SALT_BYTES)?;
    let iv = random(IV_BYTES)?;
    let key = derive(&subtle, password, &salt, ITERATIONS, "encrypt").await?;
    let encrypted =
        call(subtle.encrypt_with_object_and_u8_array(&gcm(&iv), &key, plain.as_bytes()))
            .await
            .map_err(|_| NO_CRYPTO)?;
    let sealed = Sealed {
        iterations: ITERATIONS,
        salt,
        iv,
        ciphertext: Uint8Array::new(&encrypted).to_vec(),
    };
    Ok(sealed.to_json())
}

/// Decrypts a sealed file with `password`: the export's text, or why not in Dutch (a wrong
/// password and a changed file look the same to AES-GCM).
pub async fn open(sealed: &Sealed, password: &str) -> Result<String, String> {
    let subtle = subtle()?;
    let key = derive(
        &subtle,
        password,
        &sealed.salt,
        sealed.iterations,
        "decrypt",
    )
    .await?;
    let plain =
        call(subtle.decrypt_with_object_and_u8_array(&gcm(&sealed.iv), &key, &sealed.ciphertext))
            .await
            .map_err(|_| WRONG_PASSWORD)?;
    String::from_utf8(Uint8Array::new(&plain).to_vec()).map_err(|_| WRONG_PASSWORD.to_string())
}
