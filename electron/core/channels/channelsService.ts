import type { Deps } from '../deps';
import { KanalError, notFound } from '../errors';
import type { ServiceOf } from '../handlerTypes';
import type { Library } from '../store/library';
import type { Channel, RootData } from '../shared/schema';

export function channelsService(library: Library, deps: Deps) {
  const find = (data: RootData, id: string): Channel => {
    const channel = data.channels.find((c) => c.id === id);
    if (!channel) throw notFound('channel', id);
    return channel;
  };
  const assertFreeCode = (code: string, except?: string) => {
    const taken = library.data.channels.find((c) => c.id !== except && c.code.toLowerCase() === code.toLowerCase());
    if (taken) throw new KanalError('duplicate', `There is already a channel called ${taken.code}.`);
  };

  return {
    list() {
      return library.data.channels;
    },

    async create(input) {
      assertFreeCode(input.code);
      const channel: Channel = {
        id: deps.newId(),
        code: input.code,
        description: input.description ?? { en: '', sv: '' },
        builtIn: false,
      };
      return library.commit((data) => {
        data.channels.push(channel);
        return { result: channel };
      });
    },

    async update(input) {
      const existing = find(library.data, input.id);
      if (input.code !== undefined && input.code !== existing.code) {
        // Built-in codes name the channels of the whole field; their descriptions may still be reworded.
        if (existing.builtIn)
          throw new KanalError('built-in', `${existing.code} is a built-in channel and keeps its code.`);
        assertFreeCode(input.code, input.id);
      }
      return library.commit((data) => {
        const channel = find(data, input.id);
        if (input.code !== undefined) channel.code = input.code;
        if (input.description !== undefined) channel.description = input.description;
        return { result: channel };
      });
    },

    async delete(input) {
      const existing = find(library.data, input.id);
      if (existing.builtIn)
        throw new KanalError('built-in', `${existing.code} is a built-in channel and cannot be removed.`);
      return library.commit((data) => {
        data.channels = data.channels.filter((c) => c.id !== input.id);
        for (const post of data.posts) post.channels = post.channels.filter((id) => id !== input.id);
        return { result: { id: input.id } };
      });
    },
  } satisfies ServiceOf<'channels'>;
}
