// Decodes one Confluent-framed Avro value with Confluent's own JavaScript client and prints it as JSON.
// Usage: node decode.mjs <schemaRegistryUrl> <topic> <file>
// The writer schema is fetched from the registry by the id in the frame (GET /schemas/ids/{id}); no reader schema.
import { readFile } from 'node:fs/promises';
import { AvroDeserializer, SchemaRegistryClient, SerdeType } from '@confluentinc/schemaregistry';

const [registryUrl, topic, file] = process.argv.slice(2);
if (!file) {
  console.error('usage: node decode.mjs <schemaRegistryUrl> <topic> <file>');
  process.exit(2);
}

try {
  const registry = new SchemaRegistryClient({ baseURLs: [registryUrl] });
  const deserializer = new AvroDeserializer(registry, SerdeType.VALUE, {});
  const bytes = await readFile(file);
  const value = await deserializer.deserialize(topic, bytes);
  process.stdout.write(JSON.stringify(value) + '\n');
} catch (error) {
  console.error(describe(error));
  process.exitCode = 1;
}

// A short report instead of axios's whole request object: the error, what was asked, what the registry answered.
function describe(error) {
  const request = error.config ? ` (${error.config.method?.toUpperCase()} ${error.config.baseURL ?? ''}${error.config.url ?? ''})` : '';
  const answer = error.response ? ` -> HTTP ${error.response.status} ${JSON.stringify(error.response.data)}` : '';
  return `${error.name}: ${error.message}${request}${answer}\n${error.stack?.split('\n').slice(1, 6).join('\n') ?? ''}`;
}
