//! What survives a reload: the draft, the customer's message and the house style, kept in
//! the browser's localStorage. Nothing is stored anywhere else.

use crate::engine::Config;

const DRAFT: &str = "tactful.draft";
const CUSTOMER: &str = "tactful.customer";
const CONFIG: &str = "tactful.config";

/// What was saved, and why saved settings were not used, if they were not.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Saved {
    pub draft: String,
    pub customer: String,
    pub config: Config,
    pub config_error: Option<String>,
}

#[cfg(target_arch = "wasm32")]
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Reads the saved state; anything missing or unreadable falls back to the default.
pub fn load() -> Saved {
    #[cfg(target_arch = "wasm32")]
    if let Some(storage) = storage() {
        let get = |key| storage.get_item(key).ok().flatten().unwrap_or_default();
        let json = get(CONFIG);
        let (config, config_error) = if json.is_empty() {
            (Config::default(), None)
        } else {
            match Config::from_json(&json) {
                Ok(config) => (config, None),
                Err(e) => (
                    Config::default(),
                    Some(format!(
                        "Saved settings could not be used ({e}); the defaults are in force."
                    )),
                ),
            }
        };
        return Saved {
            draft: get(DRAFT),
            customer: get(CUSTOMER),
            config,
            config_error,
        };
    }
    Saved::default()
}

/// Saves the draft. Storage can be full or disabled; the page keeps working without it.
pub fn save_draft(draft: &str) {
    set(DRAFT, draft);
}

pub fn save_customer(customer: &str) {
    set(CUSTOMER, customer);
}

pub fn save_config(config: &Config) {
    set(CONFIG, &config.to_json());
}

fn set(key: &str, value: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(storage) = storage() {
        let _ = storage.set_item(key, value);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (key, value);
}
