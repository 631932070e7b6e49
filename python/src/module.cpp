// python/src/module.cpp: the compiled half of the Python package, `eok._eok`.
//
// It hands Python plain values that carry every digit: decimals as Python `decimal.Decimal`
// built from eok's own digit strings, ratios as "p/q" strings that `fractions.Fraction` reads
// exactly, dates as ISO strings, and figures as tuples in a fixed field order that the
// pure-Python wrapper types (python/eok/_types.py) name. No binary float is created anywhere.
// The C++ work runs without the GIL (py::gil_scoped_release), so Python threads parse, scan,
// convert and reconcile in parallel; the library itself is race-free.
//
// Things you should know:
// - The field order of a figure tuple is `figure_fields` below and `Figure._fields` in Python;
//   test_types.py checks that the two agree.
// - Errors from the library become the Python exception classes that eok/__init__.py registers
//   (`_set_types`): `ParseError`, `RateNotFound`, `CurrencyMismatch`, else `eok.Error`, with the
//   library's `what()` as the message and the code, offset, line, column and file as attributes.
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <eok/read/html.hpp>
#include <eok/eok.hpp>
#include <eok/reconcile/partial.hpp>

#include <algorithm>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace py = pybind11;

namespace {

// ---- the Python types the package registers at import ---------------------------------------

/// Python objects kept for the life of the process (never released: the interpreter may be
/// gone when static destructors run).
struct python_types {
  PyObject* decimal = nullptr;     // decimal.Decimal
  PyObject* figure = nullptr;      // eok.Figure (a tuple subclass)
  PyObject* scanned = nullptr;     // eok.ScannedFigure
  PyObject* error = nullptr;       // eok.Error
  PyObject* parse_error = nullptr;
  PyObject* rate_not_found = nullptr;
  PyObject* currency_mismatch = nullptr;
};
python_types types;

void set_types(py::object decimal, py::object figure, py::object scanned, py::object error, py::object parse_error,
               py::object rate_not_found, py::object currency_mismatch) {
  types.decimal = decimal.release().ptr();
  types.figure = figure.release().ptr();
  types.scanned = scanned.release().ptr();
  types.error = error.release().ptr();
  types.parse_error = parse_error.release().ptr();
  types.rate_not_found = rate_not_found.release().ptr();
  types.currency_mismatch = currency_mismatch.release().ptr();
}

/// Raises `e` as the matching Python exception: args (message, code, offset, line, column, file),
/// offset/line/column None when the error has no position. `as_parse_error` for errors known to
/// come from text (a `result<T>` holds a plain `eok::error`, whatever was thrown).
[[noreturn]] void raise(const eok::error& e, bool as_parse_error = false) {
  PyObject* type = as_parse_error ? types.parse_error : types.error;
  if (dynamic_cast<const eok::parse_error*>(&e)) type = types.parse_error;
  if (dynamic_cast<const eok::rate_not_found*>(&e)) type = types.rate_not_found;
  if (dynamic_cast<const eok::currency_mismatch*>(&e)) type = types.currency_mismatch;
  if (type == nullptr) throw std::runtime_error("eok._eok used before eok/__init__.py registered its types");
  const bool known = e.position().known();
  py::tuple args = py::make_tuple(
      py::str(e.what()), py::str(std::string(eok::to_string(e.code()))),
      known ? py::object(py::int_(e.offset())) : py::object(py::none()),
      known ? py::object(py::int_(e.line())) : py::object(py::none()),
      known ? py::object(py::int_(e.column())) : py::object(py::none()),
      e.file().empty() ? py::object(py::none()) : py::object(py::str(e.file())));
  PyErr_SetObject(type, args.ptr());
  throw py::error_already_set();
}

// ---- values across the boundary -----------------------------------------------------------

/// A new reference, or throws the pending Python error.
PyObject* checked(PyObject* o) {
  if (o == nullptr) throw py::error_already_set();
  return o;
}

PyObject* new_str(std::string_view s) {
  // "replace": figure text is normalized UTF-8, but an error excerpt may hold any byte.
  return checked(PyUnicode_DecodeUTF8(s.data(), static_cast<Py_ssize_t>(s.size()), "replace"));
}

/// Python objects kept for the process, one per distinct key, so the few values figures repeat
/// endlessly are built once (used with the GIL held; past `limit` entries new objects are made
/// and not kept).
class object_cache {
public:
  explicit object_cache(std::size_t limit) : limit_(limit) {}

  /// The object for `key`, made by `make()` the first time (a new reference either way).
  template <class Make>
  PyObject* get(std::string key, Make make) {
    if (const auto it = objects_.find(key); it != objects_.end()) {
      Py_INCREF(it->second);
      return it->second;
    }
    PyObject* made = make();
    if (objects_.size() < limit_) {
      Py_INCREF(made);
      objects_.emplace(std::move(key), made);
    }
    return made;
  }

private:
  std::unordered_map<std::string, PyObject*> objects_;
  std::size_t limit_;
};

/// A str for one of the few names a figure carries (kinds, bounds, currency codes, units).
PyObject* new_name(std::string_view s) {
  static object_cache cache(4096);
  return cache.get(std::string(s), [s] { return new_str(s); });
}

PyObject* new_bool(bool b) {
  PyObject* o = b ? Py_True : Py_False;
  Py_INCREF(o);
  return o;
}

PyObject* new_none() {
  Py_INCREF(Py_None);
  return Py_None;
}

/// decimal.Decimal of eok's digit string: exact.
PyObject* new_decimal(const eok::decimal& d) {
  const eok::detail::decimal_chars chars(d);
  PyObject* text = new_str(chars.view());
  PyObject* out = PyObject_CallOneArg(types.decimal, text);
  Py_DECREF(text);
  return checked(out);
}

PyObject* new_decimal(const std::optional<eok::decimal>& d) { return d ? new_decimal(*d) : new_none(); }

/// A figure's precision, a place value (10^k): one Decimal per distinct value.
PyObject* new_precision(const eok::decimal& d) {
  static object_cache cache(512);
  const eok::detail::decimal_chars chars(d);
  return cache.get(std::string(chars.view()), [&d] { return new_decimal(d); });
}

py::object decimal_object(const std::optional<eok::decimal>& d) { return py::reinterpret_steal<py::object>(new_decimal(d)); }

/// "p/q", which fractions.Fraction reads exactly.
py::object ratio_object(const std::optional<eok::ratio>& r) {
  if (!r) return py::none();
  return py::str(r->to_string());
}

py::object currency_object(eok::currency c) {
  if (!c.valid()) return py::none();
  return py::str(std::string(c.code()));
}

PyObject* new_currency(eok::currency c) { return c.valid() ? new_name(c.code()) : new_none(); }

std::string date_text(eok::date_type d) { return eok::format_date(d); }

/// The text of a Python str or bytes argument (a view valid while `o` lives).
std::string_view text_of(const py::handle& o) {
  if (PyUnicode_Check(o.ptr())) {
    Py_ssize_t n = 0;
    const char* p = PyUnicode_AsUTF8AndSize(o.ptr(), &n);
    if (p == nullptr) throw py::error_already_set();
    return std::string_view(p, static_cast<std::size_t>(n));
  }
  if (PyBytes_Check(o.ptr())) {
    return std::string_view(PyBytes_AS_STRING(o.ptr()), static_cast<std::size_t>(PyBytes_GET_SIZE(o.ptr())));
  }
  throw py::type_error("expected str or bytes, got " + std::string(Py_TYPE(o.ptr())->tp_name));
}

// ---- figures -------------------------------------------------------------------------------

/// The figure tuple's fields, in order (Figure._fields in Python); ScannedFigure appends
/// `scanned_fields`.
constexpr const char* figure_fields[] = {"text",  "start",  "end",       "line",      "kind",    "value",
                                         "low",   "high",   "currency",  "currency_ambiguous",   "approximate",
                                         "bound", "vague",  "precision", "unit",      "range",   "band",
                                         "each",  "spelled", "ambiguous"};
constexpr std::size_t figure_field_count = sizeof(figure_fields) / sizeof(figure_fields[0]);
constexpr const char* scanned_fields[] = {"index", "converted_from", "total", "per", "over", "rate_base", "rate_per"};
constexpr std::size_t scanned_field_count = sizeof(scanned_fields) / sizeof(scanned_fields[0]);

void fill_figure(PyObject* t, const eok::figure& f) {
  Py_ssize_t i = 0;
  auto put = [&](PyObject* o) { PyTuple_SET_ITEM(t, i++, o); };
  put(new_str(f.text));
  put(checked(PyLong_FromSize_t(f.start)));
  put(checked(PyLong_FromSize_t(f.end)));
  put(checked(PyLong_FromSize_t(f.line)));
  put(new_name(eok::to_string(f.kind)));
  put(new_decimal(f.value));
  put(new_decimal(f.low));
  put(new_decimal(f.high));
  put(new_currency(f.cur));
  put(new_bool(f.currency_ambiguous));
  put(new_bool(f.approximate));
  put(f.bound == eok::bound_kind::none ? new_none() : new_name(eok::to_string(f.bound)));
  put(new_bool(f.vague));
  put(new_precision(f.precision));
  put(f.unit.empty() ? new_none() : new_name(f.unit));
  put(new_bool(f.range));
  put(new_bool(f.band));
  put(new_bool(f.each));
  put(new_bool(f.spelled));
  put(f.reading == eok::ambiguity::none ? new_none() : new_name(eok::to_string(f.reading)));
}

/// A new instance of the tuple subclass `type` with `n` empty slots to fill with
/// PyTuple_SET_ITEM: what tuple.__new__ does, without building a tuple to copy first.
PyObject* new_tuple_of(PyObject* type, std::size_t n) {
  auto* tp = reinterpret_cast<PyTypeObject*>(type);
  return checked(tp->tp_alloc(tp, static_cast<Py_ssize_t>(n)));
}

/// An eok.Figure of `f` (a new reference).
PyObject* new_figure(const eok::figure& f) {
  PyObject* t = new_tuple_of(types.figure, figure_field_count);
  try {
    fill_figure(t, f);
  } catch (...) {
    Py_DECREF(t);
    throw;
  }
  return t;
}

PyObject* new_scanned_figure(const eok::scanned_figure& f) {
  PyObject* t = new_tuple_of(types.scanned, figure_field_count + scanned_field_count);
  try {
    fill_figure(t, f);
    auto i = static_cast<Py_ssize_t>(figure_field_count);
    auto put = [&](PyObject* o) { PyTuple_SET_ITEM(t, i++, o); };
    put(checked(PyLong_FromSize_t(f.index)));
    put(f.converted_from ? checked(PyLong_FromSize_t(*f.converted_from)) : new_none());
    put(new_bool(f.total));
    put(f.per ? new_str(eok::to_string(*f.per)) : new_none());
    put(f.over ? new_str(f.over->to_iso8601()) : new_none());
    put(new_currency(f.rate_base));
    put(new_decimal(f.rate_per));
  } catch (...) {
    Py_DECREF(t);
    throw;
  }
  return t;
}

/// eok.parse(text, *, significant_zeros=False), as a METH_FASTCALL function: the call costs
/// less than a pybind11 dispatch, which matters at a figure per call.
PyObject* parse_fast(PyObject*, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) noexcept {
  try {
    bool significant_zeros = false;
    const Py_ssize_t nkw = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
    if (nargs != 1) throw py::type_error("parse() takes one text argument");
    for (Py_ssize_t k = 0; k < nkw; ++k) {
      if (PyUnicode_CompareWithASCIIString(PyTuple_GET_ITEM(kwnames, k), "significant_zeros") != 0) {
        throw py::type_error("parse() got an unexpected keyword argument");
      }
      const int truth = PyObject_IsTrue(args[nargs + k]);
      if (truth < 0) throw py::error_already_set();
      significant_zeros = truth != 0;
    }
    const std::string_view view = text_of(py::handle(args[0]));
    eok::parse_options options;
    options.trailing_zeros_significant = significant_zeros;
    std::optional<eok::result<eok::figure>> r;
    {
      py::gil_scoped_release unlocked;
      r.emplace(eok::try_parse_figure(view, options));
    }
    if (!*r) raise(r->error(), true);
    return new_figure(r->value());
  } catch (py::error_already_set& e) {
    e.restore();
  } catch (py::builtin_exception& e) {
    e.set_error();
  } catch (const std::exception& e) {
    PyErr_SetString(PyExc_RuntimeError, e.what());
  }
  return nullptr;
}

PyMethodDef parse_method = {
    "parse", reinterpret_cast<PyCFunction>(reinterpret_cast<void (*)()>(&parse_fast)), METH_FASTCALL | METH_KEYWORDS,
    "parse(text, *, significant_zeros=False) -> Figure\n\n"
    "Reads text (str or UTF-8 bytes) as exactly one figure; raises eok.ParseError with offset, line and\n"
    "column when it is not one. significant_zeros=True makes zeros that end a number significant\n"
    "(1조7,000억: precision 1억), as `eok parse --significant-zeros` does."};

/// The columns of `parse_columns`, in order (eok.pandas.parse_column's DataFrame).
constexpr const char* parse_column_names[] = {"value", "currency",  "low",   "high", "approximate",
                                              "bound", "kind",      "precision", "vague", "error"};
constexpr std::size_t parse_column_count = sizeof(parse_column_names) / sizeof(parse_column_names[0]);

/// A parse over many strings as one object array of shape (n, len(parse_column_names)), rows in
/// input order: value, currency, low, high (Decimal or None), approximate, bound, kind,
/// precision, vague, error (the ParseError message or None). None entries give a row of None;
/// other non-text entries raise TypeError. The strings are parsed in one pass without the GIL,
/// and no Figure is built.
py::array parse_columns(const py::iterable& items, bool significant_zeros) {
  const py::tuple held = py::tuple(items);  // keeps every string alive while the GIL is released
  const std::size_t n = held.size();
  std::vector<std::string_view> texts(n);
  std::vector<char> present(n, 0);
  for (std::size_t i = 0; i < n; ++i) {
    const py::handle item = held[i];
    if (item.is_none()) continue;
    texts[i] = text_of(item);
    present[i] = 1;
  }
  eok::parse_options options;
  options.trailing_zeros_significant = significant_zeros;
  py::array out(py::dtype("O"), {static_cast<py::ssize_t>(n), static_cast<py::ssize_t>(parse_column_count)});
  auto** cells = static_cast<PyObject**>(out.mutable_data());
  // Fill with None first, so the array is valid whatever happens below.
  for (std::size_t k = 0; k < n * parse_column_count; ++k) {
    Py_XDECREF(cells[k]);
    cells[k] = new_none();
  }
  auto set = [&](std::size_t row, std::size_t col, PyObject* v) {
    PyObject*& cell = cells[row * parse_column_count + col];
    Py_DECREF(cell);
    cell = v;
  };
  // In chunks, so the parsed figures held at once stay few (memory does not grow with n).
  constexpr std::size_t chunk = 4096;
  std::vector<std::optional<eok::result<eok::figure>>> results(chunk);
  for (std::size_t first = 0; first < n; first += chunk) {
    const std::size_t count = std::min(chunk, n - first);
    {
      py::gil_scoped_release unlocked;
      for (std::size_t j = 0; j < count; ++j) {
        results[j].reset();
        if (present[first + j]) results[j].emplace(eok::try_parse_figure(texts[first + j], options));
      }
    }
    for (std::size_t j = 0; j < count; ++j) {
      const std::size_t i = first + j;
      if (!results[j]) continue;
      if (!*results[j]) {
        set(i, 9, new_str(results[j]->error().what()));
        continue;
      }
      const eok::figure& f = results[j]->value();
      if (f.value) set(i, 0, new_decimal(*f.value));
      if (f.cur.valid()) set(i, 1, new_name(f.cur.code()));
      if (f.low) set(i, 2, new_decimal(*f.low));
      if (f.high) set(i, 3, new_decimal(*f.high));
      set(i, 4, new_bool(f.approximate));
      if (f.bound != eok::bound_kind::none) set(i, 5, new_name(eok::to_string(f.bound)));
      set(i, 6, new_name(eok::to_string(f.kind)));
      set(i, 7, new_precision(f.precision));
      set(i, 8, new_bool(f.vague));
    }
  }
  return out;
}

py::tuple parse_column_fields() {
  py::list names;
  for (const char* c : parse_column_names) names.append(c);
  return py::tuple(names);
}

py::tuple figure_field_names() {
  py::list names;
  for (const char* f : figure_fields) names.append(f);
  py::list more;
  for (const char* f : scanned_fields) more.append(f);
  return py::make_tuple(py::tuple(names), py::tuple(more));
}

// ---- scanning ------------------------------------------------------------------------------

py::dict front_matter_dict(const eok::front_matter& fm) {
  py::dict d;
  d["present"] = fm.present;
  d["date"] = fm.date ? py::object(py::str(eok::to_iso_string(*fm.date))) : py::object(py::none());
  d["source"] = fm.source ? py::object(py::str(*fm.source)) : py::object(py::none());
  d["title"] = fm.title ? py::object(py::str(*fm.title)) : py::object(py::none());
  d["url"] = fm.url ? py::object(py::str(*fm.url)) : py::object(py::none());
  py::dict other;
  for (const auto& kv : fm.other) other[py::str(kv.first)] = py::str(kv.second);
  d["other"] = other;
  return d;
}

/// (front matter dict, [ScannedFigure, ...]) of one text.
/// Errors name `file` when one is given (`scan_file`).
py::tuple scan(const py::handle& text, std::size_t first_index, bool read_front_matter, const std::string& file) {
  const std::string_view view = text_of(text);
  eok::scan_options options;
  options.first_index = first_index;
  options.read_front_matter = read_front_matter;
  std::vector<eok::scanned_figure> found;
  eok::front_matter fm;
  try {
    py::gil_scoped_release unlocked;
    if (read_front_matter) fm = eok::read_front_matter(view);
    found = eok::scan_text(view, options);
  } catch (const eok::error& e) {
    if (file.empty() || !e.file().empty()) raise(e);
    raise(eok::parse_error(e.code(), e.message(), e.position(), file));
  }
  py::list figures(found.size());
  for (std::size_t i = 0; i < found.size(); ++i) {
    figures[i] = py::reinterpret_steal<py::object>(new_scanned_figure(found[i]));
  }
  return py::make_tuple(front_matter_dict(fm), figures);
}

// ---- rates and conversion ------------------------------------------------------------------

/// A rate store that Python holds; copies share the immutable tables.
struct rate_store_handle {
  eok::rate_store store;
};

rate_store_handle bundled() { return rate_store_handle{eok::bundled_rates()}; }

void add_rates_path(rate_store_handle& h, const std::string& path) {
  try {
    py::gil_scoped_release unlocked;
    eok::add_rates(h.store, path);
  } catch (const eok::error& e) {
    raise(e);
  }
}

py::list sources(const rate_store_handle& h) {
  py::list out;
  for (const eok::source_info& s : h.store.sources()) {
    py::dict d;
    d["id"] = s.id;
    d["name"] = s.name;
    d["publisher"] = s.publisher;
    d["citation"] = s.citation;
    d["url"] = s.url;
    out.append(d);
  }
  return out;
}

py::list coverage(const rate_store_handle& h, const std::string& source) {
  std::vector<eok::series_info> series;
  try {
    series = h.store.coverage(source);
  } catch (const eok::error& e) {
    raise(e);
  }
  py::list out;
  for (const eok::series_info& s : series) {
    py::dict d;
    d["base"] = currency_object(s.base);
    d["quote"] = currency_object(s.quote);
    d["per"] = s.per;
    d["series_id"] = s.series_id;
    d["first"] = date_text(s.first);
    d["last"] = date_text(s.last);
    d["count"] = s.count;
    out.append(d);
  }
  return out;
}

eok::currency currency_arg(const std::string& code, const char* what) {
  if (auto c = eok::currency::from_code(code)) return *c;
  throw py::value_error(std::string("unknown currency code '") + code + "' for " + what +
                        " (use an ISO code such as KRW)");
}

eok::rounding rounding_arg(const std::string& name) {
  if (auto m = eok::rounding_from_string(name)) return *m;
  throw py::value_error("unknown rounding '" + name +
                        "' (expected half_even, half_up, half_down, down, up, floor or ceiling)");
}

eok::date_type date_arg(const std::string& text, const char* what) {
  const eok::result<eok::date_type> d = eok::try_parse_date(text);
  if (!d) throw py::value_error(std::string(what) + ": " + d.error().message());
  return *d;
}

py::dict quote_dict(const eok::rate_quote& q) {
  py::dict d;
  d["from"] = currency_object(q.from);
  d["to"] = currency_object(q.to);
  d["rate"] = ratio_object(q.rate);
  d["decimal"] = decimal_object(q.rate.to_exact_decimal());
  d["date"] = date_text(q.date);
  d["source"] = q.source;
  py::list path;
  for (eok::currency c : q.path) path.append(currency_object(c));
  d["path"] = path;
  return d;
}

/// `text` read by eok's one date reader (text/date.hpp) as an ISO string; raises ParseError named
/// as the CLI names a bad date option: "on: 2025-02-30 does not exist: February 2025 has 28 days".
std::string read_date(const std::string& text, const std::string& what) {
  const eok::result<eok::date_type> d = eok::try_parse_date(text);
  if (!d) raise(eok::parse_error(d.error().code(), what + ": " + d.error().message()), true);
  return date_text(*d);
}

/// A conversion as a dict of exact values.
py::dict convert(const std::string& value, const std::string& from, const std::string& to,
                 const std::optional<std::string>& on, const std::optional<std::string>& average,
                 const std::string& policy, int max_gap_days, const std::string& source, const std::string& mode,
                 const rate_store_handle& rates) {
  const eok::result<eok::decimal> amount = eok::decimal::try_parse(value);
  if (!amount) raise(amount.error(), true);
  const eok::money m(*amount, currency_arg(from, "the amount"));
  const eok::currency target = currency_arg(to, "to=");
  eok::lookup_policy lp;
  if (auto l = eok::lookup_from_string(policy)) {
    lp.mode = *l;
  } else {
    throw py::value_error("unknown policy '" + policy + "' (expected exact, on-or-before or nearest)");
  }
  lp.max_gap_days = max_gap_days;
  const eok::rounding r = rounding_arg(mode);
  if (!rates.store.has_source(source)) {
    std::string ids;
    for (const auto& s : rates.store.sources()) ids += (ids.empty() ? "" : ", ") + s.id;
    throw py::value_error("unknown rate source '" + source + "' (loaded: " + ids + ")");
  }
  std::optional<eok::date_type> day;
  if (on) day = date_arg(*on, "on");
  std::optional<eok::date_range> period;
  if (average) {
    const eok::result<eok::date_range> p = eok::try_parse_period(*average);
    if (!p) throw py::value_error("average: " + p.error().message());
    period = *p;
  }
  eok::conversion c;
  bool no_series = false;
  try {
    py::gil_scoped_release unlocked;
    if (period) {
      c = eok::convert_average(m, target, *period, rates.store, source, r);
    } else if (day) {
      c = eok::convert(m, target, *day, rates.store, lp, source, r);
    } else {
      const std::optional<eok::rate_quote> q = rates.store.latest(m.cur(), target, source);
      if (q) {
        c = eok::convert_with(m, *q, r);
      } else {
        no_series = true;
      }
    }
  } catch (const eok::error& e) {
    raise(e);
  }
  if (no_series) {
    raise(eok::rate_not_found(eok::errc::rate_not_found, "no " + source + " rate for " + std::string(m.cur().code()) +
                                                              "/" + std::string(target.code()) + ": the " + source +
                                                              " table has no series connecting them"));
  }
  py::dict d;
  d["from_value"] = decimal_object(c.from.amount());
  d["from_currency"] = currency_object(c.from.cur());
  d["value"] = decimal_object(c.to.amount());
  d["currency"] = currency_object(c.to.cur());
  d["exact"] = decimal_object(c.exact);
  d["exact_terminates"] = c.exact_terminates;
  d["exact_fraction"] = ratio_object(c.exact_ratio);
  d["rounding"] = std::string(eok::to_string(c.mode));
  d["quote"] = quote_dict(c.rate);
  if (c.average) {
    py::dict a;
    a["first"] = date_text(c.average->first);
    a["last"] = date_text(c.average->last);
    a["days"] = c.average->days;
    d["average"] = a;
  } else {
    d["average"] = py::none();
  }
  return d;
}

// ---- reconciliation ------------------------------------------------------------------------

/// Articles, their checks, and the rates they were checked against.
/// A problem with one input, as `eok reconcile` reports it on standard error: a record or file
/// left out (`skipped`), or a warning (a claims key eok does not read). `text` is the CLI's line
/// without its "eok reconcile: " prefix.
struct input_problem {
  std::string file;
  std::size_t line = 0;
  std::size_t column = 0;
  std::string message;
  bool skipped = false;
  std::string text;
};

/// `e`, located in `file` (and, for a line of an archive, at line `number`), as a problem.
input_problem problem_of(const eok::error& e, const std::string& file, std::size_t number, bool skipped) {
  eok::text_position at = e.position();
  if (number != 0) {
    at.line = number;
    if (at.column == 0) at.column = 1;
  }
  // A read error names its file in its message, as the command line prints it.
  const bool named = !e.file().empty() || e.code() == eok::errc::io_error;
  const eok::error located = named ? e : eok::error(e.code(), e.message(), at, file);
  input_problem p;
  p.file = located.file().empty() ? file : located.file();
  p.line = located.position().known() ? located.line() : 0;
  p.column = located.position().known() ? located.column() : 0;
  p.message = located.message();
  p.skipped = skipped;
  p.text = skipped ? std::string(located.what()) : "warning: " + std::string(located.what());
  return p;
}

/// How bad inputs are taken: reported and left out (as the command line does), or raised.
enum class on_error { skip, raise };

struct reconciliation {
  std::vector<input_problem> problems;
  std::vector<eok::article> articles;
  std::vector<eok::check> checks;
  eok::rate_store store;
  eok::rate_oracle oracle;
  eok::reconcile_options options;
};

std::string read_whole_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw eok::error(eok::errc::io_error, "cannot read '" + path + "'");
  std::ostringstream s;
  s << in.rdbuf();
  if (in.bad()) throw eok::error(eok::errc::io_error, "cannot read '" + path + "'");
  return s.str();
}


/// One input of `reconcile`: a file (`path` set), an archive record (`record`: one JSON line,
/// read as `eok reconcile` reads a line of a .jsonl file), or a claim (id, date, source, text).
struct article_input {
  std::string path;
  std::string record;
  std::string id;
  std::string date;
  std::string source;
  std::string text;
  std::size_t line = 0;  ///< a record's line in `path`, 0 when not known
};

/// The claims as a claims document (JSON is YAML), written through eok's one JSON writer and read
/// by the library's claims reader, so a dict article is read exactly as a claims file is.
std::vector<eok::article> read_dict_articles(const std::vector<const article_input*>& claims) {
  std::string doc;
  eok::json_writer w(doc);
  w.begin_array();
  for (const article_input* c : claims) {
    w.begin_object();
    w.key("id").string(c->id);
    w.key("source").string(c->source);
    w.key("date").string(c->date);
    w.key("text").string(c->text);
    w.end_object();
  }
  w.end_array();
  return eok::read_claims(doc, "<articles>");
}

/// Reads `inputs` by the library's input rules (claims.hpp: input kinds by extension, ids from
/// file names), as the command line does; `take(article, from_file)` gets each article. A bad
/// archive record, record or file is added to `problems` and left out (`on_error::skip`, as
/// `eok reconcile` does), or thrown as a located `parse_error` (`on_error::raise`); warnings
/// (claims keys eok does not read) are added to `problems` either way.
template <class Take>
void read_article_inputs(const std::vector<article_input>& inputs, on_error mode, std::vector<input_problem>& problems,
                         Take take) {
  std::vector<const article_input*> pending;  // consecutive dict articles, read together
  auto flush = [&] {
    if (pending.empty()) return;
    for (auto& a : read_dict_articles(pending)) take(std::move(a), false);
    pending.clear();
  };
  // A problem with one record or file: left out, or raised where it is.
  auto fail = [&](const eok::error& e, const std::string& file, std::size_t number) {
    input_problem p = problem_of(e, file, number, true);
    if (mode == on_error::raise) {
      if (!e.file().empty() || e.code() == eok::errc::io_error) throw;  // it names its file itself
      eok::text_position at = e.position();
      if (number != 0) at.line = number;
      throw eok::parse_error(e.code(), e.message(), at, file);
    }
    problems.push_back(std::move(p));
  };
  eok::article_reading reading;  // as `eok reconcile` reads a page: front matter, byline, HTML
  for (const article_input& in : inputs) {
    if (!in.record.empty()) {
      flush();
      reading.file = in.path;
      try {
        take(eok::read_archive_record(in.record, reading), false);
      } catch (const eok::error& e) {
        fail(e, in.path.empty() ? std::string("<record>") : in.path, in.line);
      }
      continue;
    }
    if (in.path.empty()) {
      pending.push_back(&in);
      continue;
    }
    flush();
    const eok::input_kind kind = eok::input_kind_of(in.path);
    reading.file = in.path;
    try {
      if (kind == eok::input_kind::archive) {
        std::ifstream file(in.path, std::ios::binary);
        if (!file) throw eok::error(eok::errc::io_error, "cannot read '" + in.path + "'");
        std::string line;
        for (std::size_t number = 1; std::getline(file, line); ++number) {
          if (!line.empty() && line.back() == '\r') line.pop_back();
          if (line.find_first_not_of(" \t") == std::string::npos) continue;
          try {
            take(eok::read_archive_record(line, reading), false);
          } catch (const eok::error& e) {
            fail(e, in.path, number);
          }
        }
        continue;
      }
      const std::string text = read_whole_file(in.path);
      if (kind == eok::input_kind::claims) {
        std::vector<eok::error> warnings;
        std::vector<eok::article> claims = eok::read_claims(text, in.path, warnings);
        for (const eok::error& w : warnings) problems.push_back(problem_of(w, in.path, 0, false));
        for (auto& c : claims) take(std::move(c), false);
      } else {
        reading.html = kind == eok::input_kind::html;
        take(eok::read_article(text, eok::article_id_of(in.path), reading), true);
      }
    } catch (const eok::error& e) {
      fail(e, in.path, 0);
    }
  }
  flush();
}

on_error on_error_of(const std::string& errors) {
  if (errors == "skip") return on_error::skip;
  if (errors == "raise") return on_error::raise;
  throw py::value_error("errors must be 'skip' or 'raise', not '" + errors + "'");
}

/// The problems as Python tuples (file, line, column, message, skipped, text).
py::list problems_list(const std::vector<input_problem>& problems) {
  py::list out;
  for (const input_problem& p : problems) out.append(py::make_tuple(p.file, p.line, p.column, p.message, p.skipped, p.text));
  return out;
}

eok::reconcile_options options_of(const std::optional<std::string>& tolerance_percent) {
  eok::reconcile_options options;
  if (tolerance_percent) {
    const eok::result<eok::decimal> t = eok::tolerance_from_percent(*tolerance_percent);
    if (!t) throw py::value_error(t.error().message());
    options.tolerance = *t;
  }
  return options;
}

std::unique_ptr<reconciliation> make_reconciliation(const std::vector<article_input>& inputs,
                                                    const rate_store_handle& rates,
                                                    const std::optional<std::string>& tolerance_percent,
                                                    const std::vector<std::string>& sources, const std::string& errors) {
  const on_error mode = on_error_of(errors);
  auto run = std::make_unique<reconciliation>();
  run->options = options_of(tolerance_percent);
  run->store = rates.store;
  try {
    py::gil_scoped_release unlocked;
    std::vector<bool> from_file;
    read_article_inputs(inputs, mode, run->problems, [&](eok::article a, bool file) {
      run->articles.push_back(std::move(a));
      from_file.push_back(file);
    });
    eok::unique_ids(run->articles, from_file);
    run->oracle = eok::rate_oracle_from(run->store, sources);
    run->checks = eok::reconcile(run->articles, run->oracle, run->options);
  } catch (const eok::error& e) {
    raise(e);
  }
  return run;
}

/// The map step over `inputs`: one partial line per article (reconcile/partial.hpp).
/// Returns the lines and the problems of the inputs (problems_list).
py::tuple partial_lines(const std::vector<article_input>& inputs, const rate_store_handle& rates,
                        const std::optional<std::string>& tolerance_percent, const std::vector<std::string>& sources,
                        const std::string& errors) {
  const on_error mode = on_error_of(errors);
  const eok::reconcile_options options = options_of(tolerance_percent);
  std::vector<std::string> out;
  std::vector<input_problem> problems;
  try {
    py::gil_scoped_release unlocked;
    const eok::rate_oracle oracle = eok::rate_oracle_from(rates.store, sources);
    eok::article_checker checker(oracle, date::sys_days(date::year(1900) / 1 / 1),
                                 date::sys_days(date::year(2200) / 1 / 1), options);
    std::size_t index = 0;
    read_article_inputs(inputs, mode, problems, [&](eok::article a, bool from_file) {
      const std::vector<eok::check> checks = checker.checks_of(a, index);
      const auto candidates = eok::agreement_candidates(a, index, checks, 0);
      a.text.clear();
      out.push_back(eok::article_partial_json(a, from_file, index, checks, 0, candidates));
      ++index;
    });
  } catch (const eok::error& e) {
    raise(e);
  }
  return py::make_tuple(py::cast(out), problems_list(problems));
}

/// The reduce step: the run from partial lines in order, with agreements found here, or taken
/// from `agreements` (agreement lines of every claim) when given.
std::unique_ptr<reconciliation> merge_partials(const std::vector<std::string>& lines, const rate_store_handle& rates,
                                               const std::optional<std::string>& tolerance_percent,
                                               const std::vector<std::string>& sources,
                                               const std::optional<std::vector<std::string>>& agreements) {
  auto run = std::make_unique<reconciliation>();
  run->options = options_of(tolerance_percent);
  run->store = rates.store;
  try {
    py::gil_scoped_release unlocked;
    eok::partial_merger merger;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      try {
        merger.add(eok::read_article_partial(lines[i]));
      } catch (const eok::error& e) {
        eok::text_position at = e.position();
        at.line = i + 1;
        throw eok::parse_error(e.code(), e.message(), at, "<partial lines>");
      }
    }
    eok::merged_run merged = agreements ? merger.finish(*agreements) : merger.finish();
    run->articles = std::move(merged.articles);
    run->checks = std::move(merged.checks);
    run->oracle = eok::rate_oracle_from(run->store, sources);
  } catch (const eok::error& e) {
    raise(e);
  }
  return run;
}

std::vector<std::string> agreement_lines(const std::vector<std::string>& candidate_lines) {
  try {
    py::gil_scoped_release unlocked;
    return eok::agreement_lines(candidate_lines);
  } catch (const eok::error& e) {
    raise(e);
  }
  return {};
}

std::string candidate_claim(const std::string& candidate_json) {
  try {
    return eok::candidate_claim(candidate_json);
  } catch (const eok::error& e) {
    raise(e);
  }
  return {};
}

eok::report_language language_arg(const std::string& lang) {
  if (lang == "en") return eok::report_language::en;
  if (lang == "ko") return eok::report_language::ko;
  throw py::value_error("lang is 'ko' or 'en' (got '" + lang + "')");
}

py::object interval_object(const std::optional<eok::interval>& i) {
  if (!i) return py::none();
  return py::make_tuple(ratio_object(i->low), ratio_object(i->high), i->low_open, i->high_open);
}

py::dict details_dict(const eok::check& c) {
  py::dict d;
  if (c.kind == eok::check_kind::conversion) {
    const eok::conversion_details& x = c.as_conversion();
    d["from_currency"] = currency_object(x.from);
    d["to_currency"] = currency_object(x.to);
    d["implied_rate"] = interval_object(x.implied_rate);
    d["loose_rate"] = interval_object(x.loose_rate);
    d["reference_band"] = interval_object(x.reference_band);
    py::list rates;
    for (const auto& q : x.rates) rates.append(quote_dict(q));
    d["rates"] = rates;
    d["reference"] = x.reference ? py::object(quote_dict(*x.reference)) : py::object(py::none());
    d["best_date"] = x.best_date ? py::object(py::str(date_text(*x.best_date))) : py::object(py::none());
    d["corrected"] = decimal_object(x.corrected);
    d["slip_factor"] = ratio_object(x.slip_factor);
    d["fits_currency"] = currency_object(x.fits_currency);
    d["outlier_of"] = x.outlier_of ? py::object(py::make_tuple(x.outlier_of->article, x.outlier_of->figure))
                                   : py::object(py::none());
  } else if (c.kind == eok::check_kind::relation) {
    const eok::relation_details& x = c.as_relation();
    static constexpr const char* kinds[] = {"total", "part", "multiple", "per_period", "sum", "restated"};
    static_assert(std::size(kinds) == static_cast<std::size_t>(eok::relation_kind::restated) + 1);
    d["relation"] = kinds[static_cast<int>(x.stated.kind)];
    d["factor"] = ratio_object(x.stated.factor);
    d["factor_approximate"] = x.stated.factor_approximate;
    d["cue"] = x.stated.cue;
    d["expected"] = interval_object(x.expected);
    d["implied_count"] = ratio_object(x.implied_count);
    d["corrected"] = decimal_object(x.corrected);
    d["slip_factor"] = ratio_object(x.slip_factor);
  } else if (c.kind == eok::check_kind::stated_rate) {
    const eok::stated_rate_details& x = c.as_stated_rate();
    d["base"] = currency_object(x.base);
    d["quote"] = currency_object(x.quote);
    d["per"] = decimal_object(x.per);
    d["stated"] = interval_object(x.stated);
    d["stated_loose"] = interval_object(x.stated_loose);
    d["reference_band"] = interval_object(x.reference_band);
    d["reference"] = x.reference ? py::object(quote_dict(*x.reference)) : py::object(py::none());
  } else {
    const eok::agreement_details& x = c.as_agreement();
    d["currency"] = currency_object(x.cur);
    d["canonical"] = x.canonical ? py::object(py::int_(*x.canonical)) : py::object(py::none());
    d["evidence"] = x.evidence;
  }
  return d;
}

/// Every check as a dict: kind, verdict, reasons, article (id), figures [(article id, Figure)],
/// explanation (in `lang`), details (the findings of the check's kind).
py::list checks_list(const reconciliation& run, const std::string& lang) {
  const eok::report_language l = language_arg(lang);
  py::list out;
  for (const eok::check& c : run.checks) {
    py::dict d;
    d["kind"] = std::string(eok::to_string(c.kind));
    d["verdict"] = std::string(eok::to_string(c.result));
    py::list reasons;
    for (eok::reason r : c.reasons) reasons.append(std::string(eok::to_string(r)));
    d["reasons"] = reasons;
    d["article"] = run.articles[c.article].id;
    py::list figures;
    for (const eok::figure_ref& ref : c.figures) {
      const eok::figure& f = run.articles[ref.article].figures[ref.figure];
      figures.append(py::make_tuple(run.articles[ref.article].id, py::reinterpret_steal<py::object>(new_figure(f))));
    }
    d["figures"] = figures;
    d["explanation"] = eok::explain(c, run.articles, l, run.options);
    d["details"] = details_dict(c);
    out.append(d);
  }
  return out;
}

py::list articles_list(const reconciliation& run) {
  py::list out;
  for (const eok::article& a : run.articles) {
    py::dict d;
    d["id"] = a.id;
    d["source"] = a.source;
    d["title"] = a.title;
    d["url"] = a.url;
    d["date"] = date_text(a.date);
    d["figures"] = a.figures.size();
    out.append(d);
  }
  return out;
}

std::string report(const reconciliation& run, const std::string& format, const std::string& lang) {
  const eok::report_language l = language_arg(lang);
  if (format != "json" && format != "markdown" && format != "html") {
    throw py::value_error("format is json, markdown or html");
  }
  py::gil_scoped_release unlocked;
  if (format == "json") return eok::reconcile_json(run.checks, run.articles, run.oracle, l, run.options);
  if (format == "markdown") return eok::reconcile_markdown(run.checks, run.articles, run.oracle, l, run.options);
  return eok::reconcile_html(run.checks, run.articles, run.oracle, l, run.options);
}

}  // namespace

PYBIND11_MODULE(_eok, m) {
  m.doc() = "eok's C++ library for the Python package eok (use the package, not this module)";
  m.attr("version") = std::string(eok::version_string);
  m.def("_set_types", &set_types);
  m.def("figure_fields", &figure_field_names);
  m.add_object("parse", py::reinterpret_steal<py::object>(checked(PyCFunction_NewEx(&parse_method, nullptr, nullptr))));
  m.def("parse_columns", &parse_columns, py::arg("texts"), py::arg("significant_zeros") = false);
  m.def("parse_column_fields", &parse_column_fields);
  m.def("read_date", &read_date, py::arg("text"), py::arg("what"));
  m.def("scan", &scan, py::arg("text"), py::arg("first_index") = 0, py::arg("read_front_matter") = true,
        py::arg("file") = std::string());

  py::class_<rate_store_handle>(m, "RateStore")
      .def(py::init<>())
      .def(py::init<const rate_store_handle&>())
      .def_static("bundled", &bundled)
      .def("add_path", &add_rates_path)
      .def("sources", &sources)
      .def("coverage", &coverage);
  m.def("convert", &convert, py::arg("value"), py::arg("currency"), py::arg("to"), py::arg("on"),
        py::arg("average"), py::arg("policy"), py::arg("max_gap_days"), py::arg("source"), py::arg("rounding"),
        py::arg("rates"));

  py::class_<article_input>(m, "ArticleInput")
      .def(py::init<>())
      .def_readwrite("path", &article_input::path)
      .def_readwrite("record", &article_input::record)
      .def_readwrite("id", &article_input::id)
      .def_readwrite("date", &article_input::date)
      .def_readwrite("source", &article_input::source)
      .def_readwrite("text", &article_input::text)
      .def_readwrite("line", &article_input::line);
  py::class_<reconciliation>(m, "Reconciliation")
      .def(py::init(&make_reconciliation), py::arg("inputs"), py::arg("rates"), py::arg("tolerance"),
           py::arg("sources"), py::arg("errors") = "skip")
      .def("problems", [](const reconciliation& r) { return problems_list(r.problems); })
      .def("checks", &checks_list)
      .def("articles", &articles_list)
      .def("report", &report)
      .def("all_consistent", [](const reconciliation& r) { return eok::all_consistent(r.checks); });
  m.def("partial_lines", &partial_lines, py::arg("inputs"), py::arg("rates"), py::arg("tolerance"),
        py::arg("sources"), py::arg("errors") = "skip");
  m.def("merge_partials", &merge_partials, py::arg("lines"), py::arg("rates"), py::arg("tolerance"),
        py::arg("sources"), py::arg("agreements"));
  m.def("agreement_lines", &agreement_lines, py::arg("candidate_lines"));
  m.def("candidate_claim", &candidate_claim, py::arg("candidate_json"));
}
