//! Entry point of the wasm binary that Trunk builds: installs the panic hook and mounts the app.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(planlens_app::App);
}
