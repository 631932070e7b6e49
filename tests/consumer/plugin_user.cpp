// Calls into the shared object that carries libeok; fails if the figure came out wrong.
extern "C" int plugin_euro_value_ok();

int main() { return plugin_euro_value_ok() == 1 ? 0 : 1; }
