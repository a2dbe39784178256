import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider, createTheme } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { useState } from 'react';
import { BrowserRouter } from 'react-router';
import { createApolloClient } from '../kernel/apollo/client';
import { AppRoutes } from './AppRoutes';
import { preloadRouteData } from './preloadRouteData';

const theme = createTheme({ primaryColor: 'teal', defaultRadius: 'md' });

export function App() {
  const [client] = useState(() => {
    const created = createApolloClient();
    preloadRouteData(created, window.location);
    return created;
  });
  return (
    <MantineProvider theme={theme}>
      <Notifications position="top-right" />
      <ApolloProvider client={client}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </ApolloProvider>
    </MantineProvider>
  );
}
