declare module 'dynalite' {
  import type { Server } from 'node:http';
  /** Options of the dynalite DynamoDB stand-in (only those this project uses). */
  interface DynaliteOptions {
    path?: string;
    createTableMs?: number;
    deleteTableMs?: number;
    updateTableMs?: number;
  }
  function dynalite(options?: DynaliteOptions): Server;
  export = dynalite;
}
