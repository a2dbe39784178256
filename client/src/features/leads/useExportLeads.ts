import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { ExportLeadsQueryDocument, type LeadFilter, type LeadOrder } from '../../gql/graphql';
import { base64ToBytes, saveBlob } from './leadFiles';

/** Downloads the leads matching the table's filter as the server's XLSX workbook. */
export function useExportLeads() {
  const client = useApolloClient();
  const [loading, setLoading] = useState(false);

  const exportLeads = async (filter: LeadFilter, orderBy: LeadOrder) => {
    setLoading(true);
    try {
      const { data } = await client.query({
        query: ExportLeadsQueryDocument,
        variables: { filter, orderBy },
        // a file is a one-off answer: never from or into the cache
        fetchPolicy: 'no-cache',
      });
      if (!data) return;
      const file = data.exportLeads;
      saveBlob(new Blob([base64ToBytes(file.contentBase64)], { type: file.mimeType }), file.filename);
    } finally {
      setLoading(false);
    }
  };

  return [exportLeads, { loading }] as const;
}
