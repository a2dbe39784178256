import { useLazyQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MailMessageImagesDocument, type MailMessage_MessageFragment } from '../../gql/graphql';
import { downloadAttachment, formatSize } from './download';

interface EmailViewProps {
  /** The letter's fields (MailMessage_message), read from its fragment or selected inline. */
  message: MailMessage_MessageFragment;
  onReply?: (message: MailMessage_MessageFragment) => void;
  onForward?: (message: MailMessage_MessageFragment) => void;
}

/**
 * A letter: who wrote to whom, its text or its HTML (sanitised on the server, shown in a sandboxed
 * frame; remote images only when asked), its attachments one click away, reply and forward.
 */
export function EmailView({ message, onReply, onForward }: EmailViewProps) {
  const { t, i18n } = useTranslation();
  const [loadImages, images] = useLazyQuery(MailMessageImagesDocument);
  const [asHtml, setAsHtml] = useState(Boolean(message.html));
  const html = images.data?.mailMessage.html ?? message.html;
  const from = message.from.name ? `${message.from.name} <${message.from.address}>` : message.from.address;

  return (
    <Stack gap={6} data-testid="email-view">
      <Text size="sm" c="dimmed">
        {t('mail.view.from', { from })} · {t('mail.view.to', { to: message.to.map((a) => a.address).join(', ') })}
      </Text>
      {asHtml && html ? (
        <iframe
          title={message.subject}
          sandbox=""
          srcDoc={`<meta charset="utf-8"><base target="_blank"><style>body{font-family:sans-serif;font-size:14px;margin:0}</style>${html}`}
          style={{ width: '100%', minHeight: 160, border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}
          data-testid="email-html"
        />
      ) : (
        <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="email-text">{message.text}</Text>
      )}
      <Group gap="xs">
        {message.html && (
          <Anchor component="button" size="xs" onClick={() => setAsHtml(!asHtml)}>
            {t(asHtml ? 'mail.view.showText' : 'mail.view.showHtml')}
          </Anchor>
        )}
        {asHtml && message.hasRemoteImages && !images.data && (
          <Anchor component="button" size="xs" onClick={() => void loadImages({ variables: { id: message.id } })} data-testid="email-show-images">
            {t('mail.view.showImages')}
          </Anchor>
        )}
      </Group>
      {message.attachments.length > 0 && (
        <Stack gap={2}>
          {message.attachments.map((file) => (
            <Group key={file.id} gap="xs">
              <Anchor component="button" size="sm" onClick={() => void downloadAttachment(file.url, file.filename)} data-testid="email-attachment">
                {file.filename}
              </Anchor>
              <Text size="xs" c="dimmed">
                {formatSize(file.size, i18n.language)} · {file.contentType}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
      {(onReply || onForward) && (
        <Group gap="xs">
          {onReply && message.direction === 'INCOMING' && (
            <Button size="xs" variant="light" onClick={() => onReply(message)} data-testid="email-reply">
              {t('mail.actions.reply')}
            </Button>
          )}
          {onForward && (
            <Button size="xs" variant="default" onClick={() => onForward(message)} data-testid="email-forward">
              {t('mail.actions.forward')}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
