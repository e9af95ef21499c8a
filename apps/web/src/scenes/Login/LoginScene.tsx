import { Alert, Button, Center, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { ApiError, errorMessage } from '../../lib/api.ts';
import { useBootstrap, useSignIn } from '../../lib/session.ts';

export function LoginScene() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useSignIn();
  const bootstrap = useBootstrap();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ email: email.trim(), password });
  };
  const failure = signIn.error;

  return (
    <Center mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" w={380} component="form" onSubmit={submit} aria-label="Sign in">
        <Stack>
          <div>
            <Title order={2}>Vigil</Title>
            <Text c="dimmed" size="sm">
              Command centre for online action days against human trafficking
            </Text>
          </div>
          <TextInput
            label="E-mail"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
          />
          {/* A plain password input: a visibility toggle would also match the label "Password". */}
          <TextInput
            label="Password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
          />
          {failure && (
            <Alert color="red" data-testid="login-error">
              {failure instanceof ApiError && failure.status === 401
                ? 'Wrong e-mail or password.'
                : failure instanceof ApiError && failure.status === 429
                  ? 'Too many attempts. Wait a minute and try again.'
                  : errorMessage(failure)}
            </Alert>
          )}
          <Button type="submit" loading={signIn.isPending}>
            Sign in
          </Button>
          {bootstrap.data?.empty && (
            <Text size="xs" c="dimmed" data-testid="empty-install">
              This is a new installation. Sign in as the administrator to create an operation or load the
              synthetic demo.
            </Text>
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
