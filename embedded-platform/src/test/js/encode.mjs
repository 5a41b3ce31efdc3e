// Registers a schema and serializes one record with Confluent's own JavaScript client, writing the framed bytes.
// Usage: node encode.mjs <schemaRegistryUrl> <topic> <schemaFile> <outFile>
// Prints {"subject": ..., "schemaId": ...} as JSON on stdout.
import { readFile, writeFile } from 'node:fs/promises';
import { AvroSerializer, SchemaRegistryClient, SerdeType } from '@confluentinc/schemaregistry';

const [registryUrl, topic, schemaFile, outFile] = process.argv.slice(2);
if (!outFile) {
  console.error('usage: node encode.mjs <schemaRegistryUrl> <topic> <schemaFile> <outFile>');
  process.exit(2);
}

try {
  const registry = new SchemaRegistryClient({ baseURLs: [registryUrl] });
  const subject = `${topic}-value`;
  const schemaId = await registry.register(subject, { schemaType: 'AVRO', schema: await readFile(schemaFile, 'utf8') });
  const serializer = new AvroSerializer(registry, SerdeType.VALUE, { useLatestVersion: true });

  const record = {
    articleId: 'from-confluent-js',
    title: "Written by Confluent's JavaScript client",
    body: 'Body text.',
    publishedDate: '2021-01-31',
    updatedDate: null,
    source: 'Node Times',
    byline: null,
    language: 'en',
    provenance: {
      sourceFile: 'js.txt',
      sourceUrl: null,
      rawSha256: 'ee11',
      fetchedAt: 1_699_999_999_000,
      ingestedAt: 1_700_000_000_000,
      enrichedAt: null,
      pipelineVersion: 'confluent-js',
    },
  };
  const bytes = await serializer.serialize(topic, record);
  await writeFile(outFile, bytes);
  process.stdout.write(JSON.stringify({ subject, schemaId }) + '\n');
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
