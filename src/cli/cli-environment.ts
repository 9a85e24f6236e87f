// Imported before anything else: the configuration is read when the CLI module is
// loaded, and the CLI works on the databases directly, so the service's background
// loops must already be off by then.
process.env.SIJILL_PROJECTIONS ??= 'off';
