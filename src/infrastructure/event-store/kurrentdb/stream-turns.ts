/**
 * Appends of this process to one stream, one at a time. Each batch is sealed on
 * the hash of the event it follows and sent with that exact revision, so two
 * in-process appends racing for a stream would make one of them read, seal and
 * send again; taking turns leaves only other processes to race with.
 */
export class StreamTurns {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(stream: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(stream) ?? Promise.resolve();
    const turn = previous.then(work, work);
    const tail = turn.catch(() => undefined);
    this.tails.set(stream, tail);
    void tail.then(() => {
      if (this.tails.get(stream) === tail) this.tails.delete(stream);
    });
    return turn;
  }
}
