//! The analysis worker seen from the page: one module worker (`analysis-worker.js`, next to the
//! page, running the JS API of `crates/planlens-js`), a queue of jobs posted to it and their
//! replies. A job is a message `{id, op, …}`; the worker answers `{id, value}` or
//! `{id, error, code}`, and a long job (reading a PDF) may report `{id, progress}` before that,
//! handed to the job's [`Progress`] callback. A job in a lane (the paste box's live preview) is superseded by the next
//! job in the same lane: a big one is stopped by ending the worker (a new one takes the other
//! jobs), a small one's reply is dropped. A job with the same key as one still queued waits for
//! that one's reply instead of running again (the add button takes over the preview's job, which
//! then leaves its lane). When the worker crashes (its `error` event: a wasm trap,
//! a script that failed to load), the job it was running fails, the worker is ended and a new one
//! runs the jobs still queued. Values cross by structured clone: strings, and Documents and share
//! views as their JSON text (the page reads JSON with serde_json only, one deserializer in its
//! wasm).

use std::cell::RefCell;
use std::rc::Rc;

use futures_channel::oneshot;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{ErrorEvent, MessageEvent, Worker, WorkerOptions, WorkerType};

/// The worker script, relative to the page (so `--public-url /planlens/` needs nothing more).
const SCRIPT: &str = "analysis-worker.js";

/// A superseded job whose text is longer than this (UTF-8 bytes) is stopped by ending the worker;
/// a shorter one finishes in the worker and its reply is dropped.
const STOP_ABOVE: usize = 64 * 1024;

/// Why a job gave no value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// A later job in the same lane superseded it.
    Cancelled,
    /// The worker crashed (or could not start) while running it; the text says how.
    Crashed(String),
    /// The worker's code refused it (an error thrown by the JS API: `code`, message).
    Refused(String, String),
}

/// Jobs that supersede one another: a new job in a lane cancels the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lane {
    /// The paste box's live preview.
    Draft,
}

/// Called with each `progress` value a job reports before its reply.
pub type Progress = Rc<dyn Fn(&JsValue)>;

struct Job {
    id: u32,
    progress: Option<Progress>,
    lane: Option<Lane>,
    /// What it computes (equal keys, equal values), if the caller gave one.
    key: Option<u64>,
    /// Its size (for [`STOP_ABOVE`]).
    bytes: usize,
    message: JsValue,
    replies: Vec<Reply>,
}

type Reply = oneshot::Sender<Result<JsValue, Failure>>;

impl Job {
    fn answer(self, result: Result<JsValue, Failure>) {
        for reply in self.replies {
            let _ = reply.send(result.clone());
        }
    }
}

type OnMessage = Closure<dyn FnMut(MessageEvent)>;
type OnError = Closure<dyn FnMut(web_sys::Event)>;

#[derive(Default)]
struct Pool {
    worker: Option<(Worker, OnMessage, OnError)>,
    /// Posted to the worker, oldest first: the worker runs them in this order.
    jobs: Vec<Job>,
    next_id: u32,
    /// How many workers were started (for tests and the timing script).
    started: u32,
}

thread_local! {
    static POOL: RefCell<Pool> = RefCell::new(Pool::default());
}

/// Starts the worker now if it is not running (it loads its wasm meanwhile), so that the first
/// job does not wait for it. The page calls this once it has rendered.
pub fn warm() {
    POOL.with(|p| {
        let mut p = p.borrow_mut();
        if p.worker.is_none() {
            p.spawn();
        }
    });
}

/// How many workers this page has started (a new one after each crash or stopped job).
pub fn started() -> u32 {
    POOL.with(|p| p.borrow().started)
}

/// What a job is: its `op`, the message's other `fields`, its size in bytes (which decides how it
/// is stopped when superseded), its lane and its key (see the module's doc).
pub struct Spec<'a> {
    pub op: &'a str,
    pub fields: &'a [(&'a str, JsValue)],
    pub bytes: usize,
    pub lane: Option<Lane>,
    pub key: Option<u64>,
    /// What to do with the job's progress reports, if it makes any.
    pub progress: Option<Progress>,
}

/// Runs a job in the worker and waits for its value.
pub async fn run(spec: Spec<'_>) -> Result<JsValue, Failure> {
    let (tx, rx) = oneshot::channel();
    POOL.with(|p| p.borrow_mut().push(spec, tx));
    rx.await.unwrap_or(Err(Failure::Cancelled))
}

/// Cancels the job in `lane`, if any (its text was consumed some other way).
pub fn cancel(lane: Lane) {
    POOL.with(|p| p.borrow_mut().cancel(lane));
}

impl Pool {
    fn push(&mut self, spec: Spec<'_>, reply: Reply) {
        let Spec {
            op,
            fields,
            bytes,
            lane,
            key,
            progress,
        } = spec;
        if let Some(job) = key.and_then(|k| self.jobs.iter_mut().find(|j| j.key == Some(k))) {
            job.replies.push(reply);
            if job.lane != lane {
                job.lane = None;
            }
            return;
        }
        if let Some(lane) = lane {
            self.cancel(lane);
        }
        self.next_id += 1;
        let id = self.next_id;
        let message = js_sys::Object::new();
        let set = |k: &str, v: &JsValue| {
            let _ = js_sys::Reflect::set(&message, &k.into(), v);
        };
        set("id", &id.into());
        set("op", &op.into());
        for (k, v) in fields {
            set(k, v);
        }
        let job = Job {
            id,
            progress,
            lane,
            key,
            bytes,
            message: message.into(),
            replies: vec![reply],
        };
        if self.worker.is_none() {
            self.spawn();
        }
        self.post(&job);
        self.jobs.push(job);
    }

    fn post(&self, job: &Job) {
        if let Some((w, _, _)) = &self.worker {
            if let Err(e) = w.post_message(&job.message) {
                web_sys::console::warn_1(&e);
            }
        }
    }

    fn cancel(&mut self, lane: Lane) {
        let Some(k) = self.jobs.iter().position(|j| j.lane == Some(lane)) else {
            return;
        };
        let job = self.jobs.remove(k);
        let stop = job.bytes > STOP_ABOVE;
        job.answer(Err(Failure::Cancelled));
        if stop {
            self.restart();
        }
    }

    /// Ends the worker and starts a new one with the jobs still queued.
    fn restart(&mut self) {
        self.stop();
        self.spawn();
        for job in &self.jobs {
            self.post(job);
        }
    }

    fn stop(&mut self) {
        if let Some((w, _, _)) = self.worker.take() {
            w.set_onmessage(None);
            w.set_onerror(None);
            w.terminate();
        }
    }

    fn spawn(&mut self) {
        let options = WorkerOptions::new();
        options.set_type(WorkerType::Module);
        let worker = match Worker::new_with_options(SCRIPT, &options) {
            Ok(w) => w,
            Err(e) => {
                let why = e.as_string().unwrap_or_else(|| format!("{e:?}"));
                for job in std::mem::take(&mut self.jobs) {
                    job.answer(Err(Failure::Crashed(why.clone())));
                }
                return;
            }
        };
        let on_message: OnMessage = Closure::new(|ev: MessageEvent| {
            POOL.with(|p| p.borrow_mut().reply(ev.data()));
        });
        // an uncaught error in the worker is an ErrorEvent; a script that failed to load, a plain Event
        let on_error: OnError = Closure::new(|ev: web_sys::Event| {
            ev.prevent_default();
            let why = match ev.dyn_ref::<ErrorEvent>().map(ErrorEvent::message) {
                Some(m) if !m.is_empty() => m,
                _ => "the analysis worker stopped or could not start".to_string(),
            };
            POOL.with(|p| p.borrow_mut().crashed(why));
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        self.started += 1;
        self.worker = Some((worker, on_message, on_error));
    }

    fn reply(&mut self, data: JsValue) {
        let get = |k: &str| js_sys::Reflect::get(&data, &k.into()).unwrap_or(JsValue::UNDEFINED);
        let Some(id) = get("id").as_f64() else { return };
        // a reply to a job no longer waited for (superseded) is dropped
        let Some(k) = self.jobs.iter().position(|j| f64::from(j.id) == id) else {
            return;
        };
        let progress = get("progress");
        if !progress.is_undefined() {
            if let Some(report) = self.jobs[k].progress.clone() {
                // called once the pool is no longer borrowed (the callback may update the page)
                wasm_bindgen_futures::spawn_local(async move { report(&progress) });
            }
            return;
        }
        let job = self.jobs.remove(k);
        let error = get("error");
        let result = if error.is_undefined() {
            Ok(get("value"))
        } else {
            Err(Failure::Refused(
                get("code").as_string().unwrap_or_default(),
                error.as_string().unwrap_or_default(),
            ))
        };
        job.answer(result);
    }

    /// The worker crashed: the job it was running (the oldest) fails, a new worker runs the rest
    /// (with nothing left to run, the next job starts one: a script that cannot load is not
    /// retried in a loop).
    fn crashed(&mut self, why: String) {
        if self.jobs.is_empty() {
            self.stop();
            return;
        }
        self.jobs.remove(0).answer(Err(Failure::Crashed(why)));
        self.restart();
    }
}
